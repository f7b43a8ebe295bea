// The academy's JupyterLab extension: one plugin per file, listed here.
import { JupyterFrontEndPlugin } from '@jupyterlab/application';

import nbgraderKo from './nbgrader_ko';

const plugins: JupyterFrontEndPlugin<any>[] = [nbgraderKo];

export default plugins;
