// A small modal <dialog>: the browser traps focus inside it and Escape cancels it; when it
// closes, focus goes back to the element that had it before it opened.
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  open: boolean;
  title: string;
  className?: string;
  /** Escape, or the dialog closed by other means. */
  onCancel(): void;
  children: ReactNode;
}

export function ModalDialog({ open, title, className, onCancel, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
    if (!open && returnFocus.current) {
      const back = returnFocus.current;
      returnFocus.current = null;
      if (back.isConnected) back.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`modal-dialog${className ? ` ${className}` : ''}`}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {open && children}
    </dialog>
  );
}
