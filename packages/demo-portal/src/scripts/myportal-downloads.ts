// "Hilfe & Downloads": the download buttons are placeholders in the demo.
import { announce } from '../lib/frame.js';

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-download]')) {
  button.addEventListener('click', () => {
    announce(`In der Demo gibt es keinen Download (${button.dataset.download}).`);
  });
}
