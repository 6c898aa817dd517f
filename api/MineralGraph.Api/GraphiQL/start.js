'use strict';

// Kept out of the page so the Content-Security-Policy can forbid inline scripts.
(function () {
  const container = document.getElementById('graphiql');
  const fetcher = GraphiQL.createFetcher({
    url: container.dataset.endpoint,
    headers: { accept: 'application/graphql-response+json, application/json;q=0.9' },
    enableIncrementalDelivery: false,
  });
  // A first visit opens one tab per example, on the first; later visits keep the visitor's own tabs.
  const examples = JSON.parse(document.getElementById('graphiql-examples').textContent);
  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultEditorToolsVisibility: true,
      defaultQuery: examples[0],
      defaultTabs: examples.map(function (query) { return { query: query }; }),
    }),
  );
})();
