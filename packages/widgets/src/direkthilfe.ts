// The single script a portal page loads: registers every Direkthilfe element.
import './dh-password-field/dh-password-field.js';
