// The page's address says which view shows what (#/graph?node=element:nd), so a view can be
// bookmarked, shared and left with the Back button.

export function currentRoute() {
  const [path, query = ''] = window.location.hash.replace(/^#\/?/, '').split('?');
  return { view: path || 'graph', params: Object.fromEntries(new URLSearchParams(query)) };
}

export function routeHref(view, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== ''));
  const text = query.toString();
  return `#/${view}${text ? `?${text}` : ''}`;
}

/** Goes to a view; `replace` changes the address without a new history entry (a slider moving, a filter). */
export function navigate(view, params = {}, { replace = false } = {}) {
  const href = routeHref(view, params);
  if (replace) {
    window.history.replaceState(null, '', href);
  } else if (window.location.hash !== href) {
    window.location.hash = href;
  }
}
