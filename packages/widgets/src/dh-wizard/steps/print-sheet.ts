/**
 * A printable sheet in the host page's own document: printing prints only it (no panel, no page parts).
 * The styles are a constructed stylesheet, which a strict CSP allows (no inline `<style>`).
 */
const SHEET_ATTRIBUTE = 'data-dh-print-sheet';

let printStyles: CSSStyleSheet | undefined;

function adoptPrintStyles() {
  if (!printStyles) {
    printStyles = new CSSStyleSheet();
    printStyles.replaceSync(`
      @media screen { [${SHEET_ATTRIBUTE}] { display: none !important; } }
      @media print {
        body > :not([${SHEET_ATTRIBUTE}]) { display: none !important; }
        [${SHEET_ATTRIBUTE}] { font: 12pt/1.5 system-ui, sans-serif; color: #000; }
        [${SHEET_ATTRIBUTE}] dt { font-weight: 700; margin-block-start: 0.75em; }
        [${SHEET_ATTRIBUTE}] dd { margin: 0; font: 14pt/1.4 ui-monospace, monospace; white-space: nowrap; }
      }`);
  }
  if (!document.adoptedStyleSheets.includes(printStyles))
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, printStyles];
}

export interface PrintSheet {
  title: string;
  /** Groups of label/value pairs, each under its own heading (one per device). */
  sections: { heading: string; rows: [label: string, value: string][] }[];
  note: string;
  lang: string;
}

/** Puts the sheet into the page (replacing an earlier one) and opens the browser's print dialog. */
export function printSheet(sheet: PrintSheet): HTMLElement {
  adoptPrintStyles();
  document.querySelector(`[${SHEET_ATTRIBUTE}]`)?.remove();
  const root = document.createElement('section');
  root.setAttribute(SHEET_ATTRIBUTE, '');
  root.lang = sheet.lang;
  const add = (parent: HTMLElement, tag: string, text: string) =>
    parent.appendChild(Object.assign(document.createElement(tag), { textContent: text }));
  add(root, 'h1', sheet.title);
  for (const section of sheet.sections) {
    add(root, 'h2', section.heading);
    const list = root.appendChild(document.createElement('dl'));
    for (const [label, value] of section.rows) {
      add(list, 'dt', label);
      add(list, 'dd', value);
    }
  }
  add(root, 'p', sheet.note);
  document.body.append(root);
  // The sheet stays until the next print: removing it in `afterprint` would race the print preview.
  window.print();
  return root;
}
