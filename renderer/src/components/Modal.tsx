// A modal built on the native <dialog>: showModal() makes the page behind it inert. Tab is kept
// cycling inside, Escape cancels, and focus goes back to whatever opened it.
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface Props {
  titleId: string;
  /** the element focused when the dialog opens */
  initialFocusId: string;
  onCancel: () => void;
  className?: string;
  children: ReactNode;
}

export function Modal({ titleId, initialFocusId, onCancel, className, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    document.getElementById(initialFocusId)?.focus();
    return () => {
      dialog.close();
      opener?.focus();
    };
  }, [initialFocusId]);

  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !ref.current) return;
    // a dialog opened over this one (confirm before replacing) keeps its own Tab cycle
    if ((event.target as Element).closest('dialog') !== ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ''}`}
      aria-labelledby={titleId}
      onKeyDown={trapTab}
      onCancel={(event) => {
        // the dialog closes when React unmounts it, so the store and the DOM never disagree
        event.preventDefault();
        // React passes a dialog's cancel on to the dialogs around it: Escape closes the top one only
        if (event.target === event.currentTarget) onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
