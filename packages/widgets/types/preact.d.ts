// The Direkthilfe elements in Preact's JSX: `import type {} from '@direkthilfe/widgets/preact';` once in
// the app.
import type { CustomElements } from './jsx.js';

declare module 'preact' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
