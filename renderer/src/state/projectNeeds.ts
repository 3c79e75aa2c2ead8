// What a project needs before it reaches the store: the role templates (the rubric is kept in step
// with its template's content on every edit, and they are not part of the first screen's code) and
// the role's document language (the rubric and the live job description translate in it).
import { loadTemplates } from '../../../core/project/templates';
import { loadDocumentLanguage } from '../i18n';

export async function loadProjectNeeds(locale: string): Promise<void> {
  await Promise.all([loadTemplates(), loadDocumentLanguage(locale)]);
}
