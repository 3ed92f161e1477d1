// The studio's page script (`/redaktion/`): the application element; the editor with CodeMirror and the
// invitation with the password field load when first needed.
import './dh-studio-app/dh-studio-app.js';
