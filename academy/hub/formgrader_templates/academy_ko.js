/* Korean words for what nbgrader's formgrader scripts write into the page (academy/hub/formgrader.py).
   academy_translations = {exact: {English: 한국어}, patterns: [[regex, "… {1} …"]], datatables: {...},
   modules: {"01-values": "값과 변수"}} comes from academy/messages/ko/formgrader.yml and syllabus.yml.
   Text is replaced where nbgrader put it (text nodes, title / aria-label / placeholder); what the
   scripts read back stays as they wrote it (the names toggle compares its own English label). */
(function () {
  var T = academy_translations;
  var patterns = T.patterns.map(function (p) { return [new RegExp(p[0]), p[1]]; });
  var SKIP = {PRE: 1, CODE: 1, SCRIPT: 1, STYLE: 1, TEXTAREA: 1, INPUT: 1};

  function name(part) {
    if (T.modules.hasOwnProperty(part)) return T.modules[part] + " (" + part + ")";
    return T.exact.hasOwnProperty(part) ? T.exact[part] : part;
  }

  function korean(text) {
    var trimmed = text.trim();
    if (!trimmed) return null;
    if (T.exact.hasOwnProperty(trimmed)) return T.exact[trimmed];
    if (T.modules.hasOwnProperty(trimmed)) return name(trimmed);
    for (var i = 0; i < patterns.length; i++) {
      var m = trimmed.match(patterns[i][0]);
      if (m) return patterns[i][1].replace(/\{(\d)\}/g, function (_, n) { return name(m[+n]); });
    }
    return null;
  }

  function translateNode(node) {
    if (node.nodeType === 3) {
      var parent = node.parentNode;
      if (!parent || SKIP[parent.nodeName] || (parent.closest && parent.closest("pre"))) return;
      var toggle = parent.closest && parent.closest("#toggle_names");
      if (toggle) {  // its script reads its English label back: show the Korean one beside it (CSS)
        toggle.setAttribute("data-ko", korean(toggle.textContent) || toggle.textContent);
        return;
      }
      var ko = korean(node.nodeValue);
      if (ko !== null && ko !== node.nodeValue) node.nodeValue = ko;
      return;
    }
    if (node.nodeType !== 1) return;
    ["title", "aria-label", "placeholder", "data-original-title"].forEach(function (attr) {
      var value = node.getAttribute(attr);
      var ko = value && korean(value);
      if (ko) node.setAttribute(attr, ko);
    });
    if (node.classList && node.classList.contains("glyphicon") && !node.getAttribute("title")) {
      var icon = Array.prototype.find.call(node.classList, function (c) {
        return c.indexOf("glyphicon-") === 0 && T.icons.hasOwnProperty(c.slice(10));
      });
      if (icon) node.setAttribute("title", T.icons[icon.slice(10)]);
    }
    if (SKIP[node.nodeName]) return;
    for (var child = node.firstChild; child; child = child.nextSibling) translateNode(child);
  }

  function start() {
    translateNode(document.body);
    new MutationObserver(function (records) {
      records.forEach(function (r) {
        if (r.type === "characterData") translateNode(r.target);
        else if (r.type === "attributes") translateNode(r.target);
        else r.addedNodes.forEach(translateNode);
      });
    }).observe(document.body, {childList: true, subtree: true, characterData: true,
                               attributes: true, attributeFilter: ["title", "placeholder", "aria-label"]});
  }

  if (window.jQuery && jQuery.fn.dataTable) jQuery.extend(true, jQuery.fn.dataTable.defaults, {language: T.datatables});
  document.addEventListener("DOMContentLoaded", start);
  var style = document.createElement("style");
  style.textContent = "#toggle_names { font-size: 0; } #toggle_names::after { content: attr(data-ko); font-size: 14px; }";
  document.head.appendChild(style);
})();
