// The academy's JupyterLab extension: one plugin per file, listed here.
import { JupyterFrontEndPlugin } from '@jupyterlab/application';

import help from './help';
import nbgraderKo from './nbgrader_ko';

const plugins: JupyterFrontEndPlugin<any>[] = [nbgraderKo, help];

export default plugins;
