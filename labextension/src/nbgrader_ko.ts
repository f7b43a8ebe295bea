/**
 * nbgrader's assignment panel, notebook "Validate" button, dialogs and menu in Korean.
 *
 * nbgrader 0.9.6's lab extension (@jupyter/nbgrader) builds its words into its JavaScript and does
 * not use JupyterLab's ITranslator, so no language pack reaches them. This plugin:
 *  - renames nbgrader's menu and its panel's tab through Lumino's own titles;
 *  - watches only nbgrader's nodes (its panel, its dialogs, its toolbar button, its menu) and
 *    replaces its known English text and tooltips from one Korean table;
 *  - shows a module's Korean title from syllabus.yml beside its id (`허브 점검 (00-start)`);
 *  - relabels nbgrader's commands (palette and menu: "Assignment List" -> "과제 목록") and moves
 *    their palette entries from the heading "nbgrader" to the Korean one. Lumino gives no public way
 *    to change a registered command's label or a palette item's category: the label function in the
 *    registry (@lumino/commands 2.x) and JupyterLab 4's palette widget behind ICommandPalette are
 *    used as they are, checked first; when either is not there, a console warning says so and the
 *    browser test fails (its English words come back).
 * The table is academy/messages/ko/lab.yml, written into the page config (`academyLab`) by
 * `academy hub setup` (academy/hub/labext.py): no learner-facing word lives in this file.
 */
import { JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { ICommandPalette } from '@jupyterlab/apputils';
import { PageConfig } from '@jupyterlab/coreutils';

/** What academy/hub/labext.py writes into the page config (as a JSON string). */
interface ILabStrings {
  menu: string;
  tab: string;
  nbgrader: { [english: string]: string };
  patterns: [string, string][];
  names: { [id: string]: string }; // module ids and notebook ids -> what a learner reads
  commands: { [id: string]: string }; // nbgrader's command ids -> their Korean labels
  category: string; // the palette's heading for them
}

const MENU_ID = 'jp-mainmenu-nbgrader';
const PANEL_ID = 'nbgrader-assignment-list';
const OPEN_PANEL = 'nbgrader:open-assignment-list';
/** nbgrader's own nodes; nothing outside them is touched. */
const SCOPE = [
  '.nbgrader-mainarea-widget',
  '.nbgrader-SuccessDialog',
  '.nbgrader-ErrorDialog',
  '.validate-button',
  `#${MENU_ID}`,
  '.lm-CommandPalette-emptyMessage' // the palette's "No commands found" (lab.yml palette_patterns)
].join(', ');
/** Where nbgrader writes a module's or a notebook's id in its panel. */
const NAME = '.item_name > span, .item_name > a';
/**
 * The Validate dialog's text of a failing cell is a <pre>: Python's traceback, then the academy's Korean
 * explanation (academy/hub/validate.py), one long line a learner would have to scroll sideways to read.
 * Wrapped at the dialog's width, Korean between words (keep-all).
 */
const DIALOG_CSS = `#validation-message pre {
  white-space: pre-wrap;
  word-break: keep-all;
  overflow-wrap: anywhere;
}`;
/** Upper bound of nodes translated per observer call (a runaway page cannot stall the tab). */
const MAX_NODES = 5000;

class Translator {
  private strings = new Map<string, string>();
  private names = new Map<string, string>();
  private patterns: [RegExp, string][] = [];

  constructor(data: ILabStrings) {
    for (const [english, korean] of Object.entries(data.nbgrader)) {
      this.strings.set(english.trim(), korean.trim());
    }
    for (const [id, label] of Object.entries(data.names)) {
      this.names.set(id, label);
    }
    this.patterns = data.patterns.map(([re, to]) => [new RegExp(re), to]);
  }

  /** The Korean for one piece of nbgrader's text, or undefined when it is not nbgrader's. */
  korean(text: string, isName: boolean): string | undefined {
    if (isName && this.names.has(text)) {
      return this.names.get(text);
    }
    const found = this.strings.get(text);
    if (found !== undefined) {
      return found;
    }
    for (const [re, to] of this.patterns) {
      if (re.test(text)) {
        return text.replace(re, to);
      }
    }
    return undefined;
  }

  /** Translate a text node in place (keeping its surrounding white space). */
  text(node: Text): void {
    const raw = node.data;
    const text = raw.trim();
    if (!text) {
      return;
    }
    const parent = node.parentElement;
    const korean = this.korean(text, !!parent && parent.matches(NAME));
    if (korean !== undefined && korean !== text) {
      const start = raw.indexOf(text);
      node.data = raw.slice(0, start) + korean + raw.slice(start + text.length);
    }
  }

  /** Translate an element's tooltip. */
  title(element: Element): void {
    const title = element.getAttribute('title');
    const korean = title ? this.korean(title.trim(), false) : undefined;
    if (korean !== undefined && korean !== title) {
      element.setAttribute('title', korean);
    }
  }

  /** Translate everything under ``root`` (text and tooltips). */
  tree(root: Node): void {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let count = 0;
    for (let node: Node | null = root; node && count < MAX_NODES; node = walker.nextNode(), count++) {
      if (node.nodeType === Node.TEXT_NODE) {
        this.text(node as Text);
      } else if ((node as Element).hasAttribute('title')) {
        this.title(node as Element);
      }
    }
  }

  /** One MutationObserver call: translate what changed inside nbgrader's nodes. */
  changed(mutations: MutationRecord[]): void {
    for (const mutation of mutations) {
      const target = mutation.target;
      const element = target.nodeType === Node.TEXT_NODE ? target.parentElement : (target as Element);
      if (!element) {
        continue;
      }
      const inside = element.closest(SCOPE) !== null;
      if (mutation.type === 'characterData') {
        if (inside) {
          this.text(target as Text);
        }
      } else if (mutation.type === 'attributes') {
        if (inside) {
          this.title(element);
        }
      } else {
        mutation.addedNodes.forEach(added => {
          if (inside) {
            this.tree(added);
          } else if (added.nodeType === Node.ELEMENT_NODE) {
            const el = added as Element;
            if (el.matches(SCOPE)) {
              this.tree(el);
            } else {
              el.querySelectorAll(SCOPE).forEach(found => this.tree(found));
            }
          }
        });
      }
    }
  }
}

/** The academy's strings from the page config, or null when this JupyterLab has none. */
function loadStrings(): ILabStrings | null {
  const raw = PageConfig.getOption('academyLab');
  if (!raw) {
    return null;
  }
  try {
    return JSON.parse(raw) as ILabStrings;
  } catch (error) {
    console.error('academy: the page config academyLab is not JSON', error);
    return null;
  }
}

function* shellWidgets(app: JupyterFrontEnd, area: string): IterableIterator<any> {
  const shell = app.shell as any;
  if (typeof shell.widgets === 'function') {
    yield* shell.widgets(area);
  }
}

/** nbgrader's menu and panel tab through Lumino's titles (their labels are not DOM text). */
function renameTitles(app: JupyterFrontEnd, data: ILabStrings): void {
  for (const bar of shellWidgets(app, 'menu')) {
    for (const menu of bar.menus ?? []) {
      if (menu.id === MENU_ID && menu.title.label !== data.menu) {
        menu.title.label = data.menu;
      }
    }
  }
  for (const widget of shellWidgets(app, 'main')) {
    if (widget.id === PANEL_ID && widget.title.label !== data.tab) {
      widget.title.label = data.tab;
    }
  }
}

/** nbgrader's command labels (palette, menu) in Korean, through the registry's label functions. */
function relabelCommand(app: JupyterFrontEnd, data: ILabStrings, id: string): void {
  const label = (data.commands ?? {})[id];
  const registry = (app.commands as any)._commands;
  if (label === undefined || !app.commands.hasCommand(id)) {
    return;
  }
  const command = registry instanceof Map ? registry.get(id) : undefined;
  if (!command || typeof command.label !== 'function') {
    console.warn(`academy: cannot relabel ${id} (@lumino/commands changed?); it stays in English`);
    return;
  }
  if (command.label() !== label) {
    command.label = () => label;
    app.commands.notifyCommandChanged(id);
  }
}

/** nbgrader's palette entries under the Korean heading (JupyterLab's palette widget, Lumino's items). */
function recategorise(palette: ICommandPalette | null, data: ILabStrings): void {
  const inner = palette ? (palette as any)._palette : undefined;
  if (!inner || !Array.isArray(inner.items) || typeof inner.removeItem !== 'function') {
    console.warn('academy: no command palette to reach; nbgrader keeps its heading there');
    return;
  }
  for (const item of [...inner.items]) {
    if (item.command in (data.commands ?? {}) && item.category !== data.category) {
      inner.removeItem(item);
      inner.addItem({ command: item.command, args: item.args, category: data.category, rank: item.rank });
    }
  }
}

const plugin: JupyterFrontEndPlugin<void> = {
  id: 'social-city-academy-lab:nbgrader-ko',
  description: "nbgrader's assignment panel, Validate dialog, menu and commands in Korean",
  autoStart: true,
  optional: [ICommandPalette],
  activate: (app: JupyterFrontEnd, palette: ICommandPalette | null) => {
    const data = loadStrings();
    if (!data) {
      console.warn('academy: no academyLab page config; nbgrader stays as it is');
      return;
    }
    const translator = new Translator(data);
    const style = document.createElement('style');
    style.dataset.academyLab = 'nbgrader-ko';
    style.textContent = DIALOG_CSS;
    document.head.appendChild(style);
    new MutationObserver(mutations => translator.changed(mutations)).observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['title']
    });
    document.querySelectorAll(SCOPE).forEach(found => translator.tree(found));
    app.commands.commandExecuted.connect((_, args) => {
      if (args.id === OPEN_PANEL) {
        renameTitles(app, data);
      }
    });
    // nbgrader's plugin may register its commands after this one: relabel them as they come, and
    // move its palette entries once every plugin has started.
    app.commands.commandChanged.connect((_, change) => {
      if (change.type === 'added' && change.id) {
        relabelCommand(app, data, change.id);
      }
    });
    Object.keys(data.commands ?? {}).forEach(id => relabelCommand(app, data, id));
    void app.restored.then(() => {
      renameTitles(app, data);
      Object.keys(data.commands ?? {}).forEach(id => relabelCommand(app, data, id));
      recategorise(palette, data);
    });
    document.body.dataset.academyLab = 'nbgrader-ko'; // loaded (the browser tests look for it)
  }
};

export default plugin;
