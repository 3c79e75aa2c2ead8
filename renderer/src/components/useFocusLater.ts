import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves focus to an element that only exists after the next render (a row just added, the row
 * after one just removed), so keyboard users stay where the change happened.
 */
export function useFocusLater(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return useCallback((id: string) => {
    pending.current = id;
  }, []);
}
