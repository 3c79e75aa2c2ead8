// Tests translate synchronously, as the Node shells do: every catalogue registered before any test.
import '../i18n/all.js';
