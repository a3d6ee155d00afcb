// The GraphQL playground: GraphiQL 4 (UMD globals React, ReactDOM, GraphiQL,
// GraphiQLPluginExplorer, all served by this service) with the explorer plugin, opening on the
// dependency-chain example, and the saved examples (/playground/examples.json) in a select.

const { React, ReactDOM, GraphiQL, GraphiQLPluginExplorer } = window;
const h = React.createElement;

const NEW_TAB_QUERY = '# Pick an example above, or write a query here. Ctrl-Enter runs it.\n';
const select = document.getElementById('example-select');
const description = document.getElementById('example-description');

/** The GraphiQL editor context, captured by EditorBridge once GraphiQL has rendered. */
let editor = null;
let examples = [];

/** Renders nothing; keeps `editor` pointing at GraphiQL's current editor context. */
function EditorBridge({ onReady }) {
  const ctx = GraphiQL.React.useEditorContext({ nonNull: true });
  editor = ctx;
  const ready = Boolean(ctx.queryEditor);
  React.useEffect(() => {
    if (ready) onReady();
  }, [ready]);
  return null;
}

/** True when the query editor holds nothing of the user's own (empty, the new-tab text or an example). */
function pristine(text) {
  const t = text.trim();
  return t === '' || t === NEW_TAB_QUERY.trim() || examples.some((e) => e.query.trim() === t);
}

/** Shows the example's comment under the header and selects it in the list. */
function describe(example) {
  select.value = example ? example.id : '';
  description.textContent = example ? example.description : '';
}

/** Puts an example in the query editor: in place when the tab is pristine, else in a new tab. */
function applyExample(example) {
  if (!editor?.queryEditor) return;
  const put = () => {
    editor.queryEditor.setValue(example.query);
    // GraphiQL reads the operation name from the text only 100 ms after a change; a run
    // before then would send the previous example's name.
    editor.setOperationName(example.operationName);
    if (editor.variableEditor) editor.variableEditor.setValue('');
    editor.queryEditor.focus();
  };
  if (pristine(editor.queryEditor.getValue())) put();
  else {
    editor.addTab();
    setTimeout(put, 0);
  }
  describe(example);
  const url = new URL(location.href);
  url.searchParams.set('example', example.id);
  history.replaceState(null, '', url);
}

function fillSelect() {
  const groups = [
    ['Questions', examples.filter((e) => /^(q\d|builtin-q)/i.test(e.id))],
    ['More', examples.filter((e) => !/^(q\d|builtin-q)/i.test(e.id))],
  ];
  select.replaceChildren(new Option('Choose an example…', ''));
  for (const [label, list] of groups) {
    if (!list.length) continue;
    const group = document.createElement('optgroup');
    group.label = label;
    for (const e of list) group.append(new Option(e.title, e.id));
    select.append(group);
  }
  select.disabled = false;
  select.addEventListener('change', () => {
    const example = examples.find((e) => e.id === select.value);
    if (example) applyExample(example);
  });
}

async function main() {
  const host = document.getElementById('graphiql');
  try {
    examples = await (await fetch('/playground/examples.json')).json();
  } catch (err) {
    examples = [];
    description.textContent = `Examples unavailable: ${err.message}`;
  }
  fillSelect();
  const opening = examples.find((e) => e.default) ?? examples[0];
  const asked = examples.find((e) => e.id === new URLSearchParams(location.search).get('example'));

  const onReady = () => {
    if (asked) applyExample(asked);
    else describe(examples.find((e) => e.query.trim() === editor.queryEditor.getValue().trim()));
  };
  const fetcher = GraphiQL.createFetcher({ url: '/graphql', enableIncrementalDelivery: false });
  const explorer = GraphiQLPluginExplorer.explorerPlugin();
  host.textContent = '';
  ReactDOM.createRoot(host).render(
    h(
      GraphiQL,
      {
        fetcher,
        plugins: [explorer],
        defaultQuery: NEW_TAB_QUERY,
        defaultTabs: opening ? [{ query: opening.query }] : undefined,
        defaultEditorToolsVisibility: false,
        isHeadersEditorEnabled: true,
        shouldPersistHeaders: false,
      },
      h(GraphiQL.Logo, null, h('span', { className: 'pg-logo' }, 'GraphiQL'), h(EditorBridge, { onReady })),
    ),
  );
}

main().catch((err) => {
  const host = document.getElementById('graphiql');
  host.innerHTML = '';
  const p = document.createElement('p');
  p.className = 'pg-error';
  p.textContent = `The playground failed to start: ${err.message}`;
  host.append(p);
});
