// A list of findings that keeps the keyboard in place: taking a suggestion or dismissing a finding
// removes it, so the focus moves to its neighbour, or to `fallbackFocus` once the list is empty.
import { flushSync } from 'react-dom';
import type { Finding } from '../../../core/language/types';
import type { RoleDesign } from '../../../core/schema/role';
import { FindingItem } from './FindingItem';
import type { FieldPlace } from './fieldPlace';
import { suggestionShown, withSuggestion } from './roleText';
import { useFindingActions } from './useFindingActions';

interface Props {
  findings: readonly Finding[];
  role: RoleDesign;
  /** keeps element ids apart where two lists could show the same finding */
  scope: string;
  fallbackFocus: string;
  labelledBy: string;
  /** where each finding's field is, for lists shown away from the fields (the Review panel) */
  placeOf?: (finding: Finding) => FieldPlace;
}

/** Finding ids hold spaces and punctuation; an element id must not, and must stay unique. */
export const findingDomId = (scope: string, id: string): string =>
  `finding-${scope}-${id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)?.toString(36)}`)}`;

function focusFirst(ids: readonly string[]) {
  for (const id of ids) {
    const element = document.getElementById(id);
    if (element) return element.focus();
  }
}

export function FindingList({ findings, role, scope, fallbackFocus, labelledBy, placeOf }: Props) {
  const actions = useFindingActions();
  const after = (index: number, act: () => void) => {
    const neighbours = [findings[index + 1], findings[index - 1]].filter((f): f is Finding => f !== undefined);
    const ids = neighbours.flatMap((f) => ['use', 'show', 'dismiss'].map((part) => `${findingDomId(scope, f.id)}-${part}`));
    flushSync(act);
    focusFirst([...ids, fallbackFocus]);
  };
  return (
    <ul role="list" className="finding-list" aria-labelledby={labelledBy}>
      {findings.map((finding, index) => {
        const place = placeOf?.(finding);
        return (
          <FindingItem
            key={finding.id}
            finding={finding}
            domId={findingDomId(scope, finding.id)}
            canApply={withSuggestion(role, finding) !== null}
            shown={suggestionShown(role, finding)}
            where={place?.label}
            onApply={() => after(index, () => actions.apply(finding))}
            onDismiss={(reason) => after(index, () => actions.dismiss(finding, reason))}
            onShow={place && place.step !== 'review' ? () => actions.showMe(place) : undefined}
          />
        );
      })}
    </ul>
  );
}
