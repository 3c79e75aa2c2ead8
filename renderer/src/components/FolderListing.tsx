// The current folder in the in-app file dialog: the way up, its folders, and the files of the kind
// asked for. Choosing several files (multiple) toggles each one; otherwise a file fills the path box.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirListing } from '../../../core/contract';

interface Props {
  listing: DirListing;
  multiple: boolean;
  chosen: readonly string[];
  onEnter: (dir: string) => void;
  onPick: (path: string) => void;
  onAccept: (path: string) => void;
}

export function FolderListing({ listing, multiple, chosen, onEnter, onPick, onAccept }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const dirs = listing.entries.filter((e) => e.kind === 'dir');
  const files = listing.entries.filter((e) => e.kind === 'file');
  return (
    <section className="folder" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('ui.fileDialog.folder', { dir: listing.dir })}</h3>
      <ul>
        {listing.parent !== null && (
          <li>
            <button type="button" className="entry dir" onClick={() => listing.parent !== null && onEnter(listing.parent)}>
              {t('ui.fileDialog.parent')}
            </button>
          </li>
        )}
        {dirs.map((entry) => (
          <li key={entry.path}>
            <button
              type="button"
              className="entry dir"
              aria-label={t('ui.fileDialog.enterFolder', { name: entry.name })}
              onClick={() => onEnter(entry.path)}
            >
              {entry.name}
            </button>
          </li>
        ))}
        {files.map((entry) => (
          <li key={entry.path}>
            <button
              type="button"
              className="entry file"
              aria-label={t('ui.fileDialog.pickFile', { name: entry.name })}
              aria-pressed={multiple ? chosen.includes(entry.path) : undefined}
              onClick={() => onPick(entry.path)}
              onDoubleClick={() => onAccept(entry.path)}
            >
              {entry.name}
            </button>
          </li>
        ))}
      </ul>
      {dirs.length + files.length === 0 && <p className="hint">{t('ui.fileDialog.empty')}</p>}
    </section>
  );
}
