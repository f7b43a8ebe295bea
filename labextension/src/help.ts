/**
 * 도움 요청: one button on the notebook's toolbar and one command in the command palette that open
 * the academy's help request page (academy/together/help_pages.py, a hub service) for the notebook
 * the learner is in, in a new tab. There the learner reads what a helper can see and asks; nothing
 * is sent from here. The words are academy/messages/ko/lab.yml (`help`), handed to the page as page
 * config `academyLab` by `academy hub setup` (academy/hub/labext.py).
 */
import { JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { CommandToolbarButton, ICommandPalette } from '@jupyterlab/apputils';
import { PageConfig, URLExt } from '@jupyterlab/coreutils';

const COMMAND = 'academy:help-request';
const SERVICE = 'services/academy-together/help/ask';

interface IHelpStrings {
  label: string;
  caption: string;
}

function strings(): IHelpStrings | null {
  try {
    const data = JSON.parse(PageConfig.getOption('academyLab') || '{}');
    return data.help && data.help.label ? (data.help as IHelpStrings) : null;
  } catch {
    return null;
  }
}

/** The help page of this hub for ``path``: the hub's prefix (``/hub/``) names where services live. */
export function askUrl(hubPrefix: string, path: string): string {
  const root = hubPrefix.replace(/hub\/?$/, '');
  return URLExt.join(root || '/', SERVICE) + '?path=' + encodeURIComponent(path);
}

const plugin: JupyterFrontEndPlugin<void> = {
  id: 'social-city-academy-lab:help',
  description: '도움 요청: a notebook toolbar button and a palette command opening the help request page',
  autoStart: true,
  optional: [ICommandPalette],
  activate: (app: JupyterFrontEnd, palette: ICommandPalette | null) => {
    const words = strings();
    const hubPrefix = PageConfig.getOption('hubPrefix');
    if (!words || !hubPrefix) {
      return; // not a hub server, or a district set up before this button: nothing to open
    }
    if (PageConfig.getOption('hubUser') !== PageConfig.getOption('hubServerUser')) {
      // someone else's server (a helper in 도움 요청, a member in a study circle's server): help is
      // asked from one's own server, about one's own notebook
      return;
    }
    const notebookPath = (): string => {
      const widget = app.shell.currentWidget as any;
      const path = widget && widget.context ? String(widget.context.path) : '';
      return path.endsWith('.ipynb') ? path : '';
    };
    app.commands.addCommand(COMMAND, {
      label: words.label,
      caption: words.caption,
      isEnabled: () => notebookPath() !== '',
      execute: () => {
        window.open(askUrl(hubPrefix, notebookPath()), '_blank', 'noopener');
      }
    });
    if (palette) {
      palette.addItem({ command: COMMAND, category: words.label });
    }
    app.docRegistry.addWidgetExtension('Notebook', {
      createNew: (panel: any) => {
        const button = new CommandToolbarButton({ commands: app.commands, id: COMMAND, label: words.label });
        button.addClass('academy-help-button');
        panel.toolbar.insertItem(10, 'academyHelp', button);
        return button;
      }
    });
  }
};

export default plugin;
