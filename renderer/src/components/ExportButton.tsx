// A button that writes a document. It cannot be pressed twice: it waits while its own export runs
// (choosing a file included) and while any other document is being written. A write that takes
// longer than a moment shows an indeterminate progress bar beside it, announced politely.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStudio, type ExportKind } from '../state/store';

/** Below this, progress would only flicker. */
const PROGRESS_AFTER_MS = 300;

interface Props {
  kind: ExportKind;
  label: string;
  onExport: () => Promise<void>;
  className?: string;
}

export function ExportButton({ kind, label, onExport, className }: Props) {
  const { t } = useTranslation();
  const exporting = useStudio((s) => s.exporting);
  const [running, setRunning] = useState(false);
  const [slow, setSlow] = useState(false);
  const writing = exporting === kind;

  useEffect(() => {
    if (!writing) return;
    const timer = setTimeout(() => setSlow(true), PROGRESS_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [writing]);

  const click = async () => {
    setRunning(true);
    try {
      await onExport();
    } finally {
      setRunning(false);
    }
  };

  return (
    <span className="export-button">
      <button
        type="button"
        className={className}
        disabled={running || exporting !== null}
        aria-busy={writing || undefined}
        onClick={() => void click()}
      >
        {label}
      </button>
      <span className="export-progress" role="status">
        {writing && slow && (
          <>
            <progress aria-label={t(`ui.exporting.${kind}`)} />
            <span>{t(`ui.exporting.${kind}`)}</span>
          </>
        )}
      </span>
    </span>
  );
}
