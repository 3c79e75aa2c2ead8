// What a person can do with a finding: take its suggestion, dismiss it for this role, bring the
// dismissed ones back, or go to the field it is about. Every change goes through the store's
// ordinary updates, so the rubric follows the role and the project is marked unsaved.
import { useMemo } from 'react';
import { flushSync } from 'react-dom';
import type { Finding } from '../../../core/language/types';
import { Project } from '../../../core/schema/project';
import { useStudio } from '../state/store';
import type { FieldPlace } from './fieldPlace';
import { withSuggestion } from './roleText';

const DISMISSED = Project.properties.language.properties.dismissed;

/** An id longer than a project file may hold could not be remembered, so it is not offered. */
export const canDismiss = (finding: Finding): boolean => finding.id.length <= (DISMISSED.items.maxLength ?? 300);

export interface FindingActions {
  apply(finding: Finding): void;
  /** a high-severity finding is dismissed only with a reason, which the board pack shows */
  dismiss(finding: Finding, reason?: string): void;
  restore(): void;
  showMe(place: FieldPlace): void;
}

export function useFindingActions(): FindingActions {
  return useMemo(() => {
    const { updateRole, updateLanguage, goTo } = useStudio.getState();
    return {
      apply: (finding) => {
        const role = useStudio.getState().project?.role;
        // a finding from a render ago may no longer fit the text: then nothing changes and nothing is marked unsaved
        if (role && withSuggestion(role, finding)) updateRole((current) => withSuggestion(current, finding) ?? current);
      },
      dismiss: (finding, reason) =>
        updateLanguage(({ dismissed, reasons }) => {
          // the file holds a bounded list: past it, the oldest dismissal gives way, with its reason
          const kept = dismissed.includes(finding.id) ? dismissed : [...dismissed, finding.id].slice(-(DISMISSED.maxItems ?? 2000));
          const why = reason?.trim();
          const nextReasons = Object.fromEntries(Object.entries(reasons).filter(([id]) => kept.includes(id)));
          return { dismissed: kept, reasons: why ? { ...nextReasons, [finding.id]: why } : nextReasons };
        }),
      restore: () => updateLanguage(() => ({ dismissed: [], reasons: {} })),
      showMe: (place) => {
        // render the step first (its own focus moves to its title), then take the focus to the field
        flushSync(() => goTo(place.step));
        const target = document.getElementById(place.target);
        target?.scrollIntoView({ block: 'center' });
        target?.focus({ preventScroll: true });
      },
    };
  }, []);
}
