// The verdict colours of both themes (model/theme/verdictColors.ts) as CSS variables in the page,
// put there once, by the first view that shows a comparison (the canvas's marks, the Check tab).
import { verdictStyleSheet } from '../model/theme/verdictColors.ts';

const STYLE_ID = 'argmap-verdict-colours';

export function ensureVerdictColours(): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = verdictStyleSheet();
  document.head.appendChild(style);
}
