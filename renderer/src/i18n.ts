// The renderer's one translator, over the same catalogue the job description and the CLI use.
// It starts in English and follows the open role's locale (see useRoleLocale).
import { createI18n } from '../../core/i18n/index';

export const i18n = createI18n('en');
