import { useTranslation } from 'react-i18next';

interface Props {
  page: number;
  pages: number;
  total: number;
  size: number;
  onPage: (page: number) => void;
}

/** Previous and next page, and where in the list this page sits. */
export function Pager({ page, pages, total, size, onPage }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="pager" aria-label={t('ui.compare.pages')}>
      <button type="button" aria-disabled={page === 0 || undefined} onClick={() => page > 0 && onPage(page - 1)}>
        {t('ui.compare.previous')}
      </button>
      <p aria-live="polite">
        {t('ui.compare.pageOf', { page: page + 1, pages, from: page * size + 1, to: Math.min(total, (page + 1) * size), total })}
      </p>
      <button type="button" aria-disabled={page === pages - 1 || undefined} onClick={() => page < pages - 1 && onPage(page + 1)}>
        {t('ui.compare.next')}
      </button>
    </nav>
  );
}
