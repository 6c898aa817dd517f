'use strict';

// Kept out of the page so the Content-Security-Policy can forbid inline scripts.
(function () {
  const container = document.getElementById('graphiql');
  const fetcher = GraphiQL.createFetcher({
    url: container.dataset.endpoint,
    headers: { accept: 'application/graphql-response+json, application/json;q=0.9' },
    enableIncrementalDelivery: false,
  });
  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true }),
  );
})();
