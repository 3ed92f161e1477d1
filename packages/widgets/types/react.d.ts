// The Direkthilfe elements in React 19's JSX: `import type {} from '@direkthilfe/widgets/react';` once in
// the app, then `<dh-help-panel api-base="…" ondh-open={(e) => e.detail.page} />` is typed.
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
