// Tests translate synchronously, as the Node shells do: every catalogue and every role template
// registered before any test.
import '../i18n/all.js';
import '../project/all-templates.js';
