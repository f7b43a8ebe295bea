// configurable-http-proxy with the district's own page for "the hub is not answering".
//
// JupyterHub runs the proxy with --error-target pointing at the hub. While the hub itself is
// down (a restart, a crash) that target fails too and CHP answers a bare "Service Unavailable";
// here it answers the Korean page given by --academy-error-page instead (503, Retry-After: 5).
// Usage: node chp_academy.mjs --academy-chp <configurable-http-proxy bin> \
//          --academy-error-page <page.html> [configurable-http-proxy options...]
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

function takeOption(name) {
  const at = process.argv.indexOf(name);
  if (at < 0 || at + 1 >= process.argv.length) {
    console.error(`chp_academy: ${name} <value> is required`);
    process.exit(2);
  }
  const value = process.argv[at + 1];
  process.argv.splice(at, 2);
  return value;
}

const bin = fs.realpathSync(takeOption("--academy-chp"));

// Log lines on the hub's clock: CHP stamps them in UTC ISO (2026-12-04T03:25:34.298Z) while the hub
// writes the district's local time (academy/hub/config.py use_district_clock, TZ inherited here);
// its logger's timestamp gets the hub's format, in local time (2026-12-04 12:25:34.298).
const { format } = createRequire(bin)("winston");
const stockTimestamp = format.timestamp;
Object.defineProperty(format, "timestamp", {
  configurable: true,
  value: (options) => stockTimestamp({ format: "YYYY-MM-DD HH:mm:ss.SSS", ...options }),
});
const page = fs.readFileSync(takeOption("--academy-error-page"));
const lib = path.join(path.dirname(bin), "..", "lib", "configproxy.js");
const { default: ConfigurableProxy } = await import(pathToFileURL(lib).href);

const fallback = ConfigurableProxy.prototype._handleProxyErrorDefault;
ConfigurableProxy.prototype._handleProxyErrorDefault = function (code, kind, req, res) {
  if (kind === "ws" || !res || res.writableEnded || res.headersSent || !res.writeHead) {
    return fallback.call(this, code, kind, req, res);
  }
  res.writeHead(code, {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Retry-After": "5",
  });
  res.end(page);
};

await import(pathToFileURL(bin).href);
