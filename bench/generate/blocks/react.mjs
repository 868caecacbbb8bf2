// React blocks (files with JSX)
export const R = {
  badge(c) {
    const e = c.ent();
    const comp = c.uniq(`${e.Name}StatusBadge`);
    const props = c.ts ? c.uniq(`${comp}Props`) : '';
    return `${c.ts ? `interface ${props} {\n  status: string;\n  compact?: boolean;\n}\n\n` : ''}function ${comp}({ status, compact = false }${c.T(`: ${props}`)}) {
  const tone = status === 'active' ? 'success' : status === 'failed' ? 'danger' : 'neutral';
  return (
    <span className={\`badge badge--\${tone}\${compact ? ' badge--compact' : ''}\`} title={status}>
      {compact ? status.charAt(0).toUpperCase() : status}
    </span>
  );
}`;
  },
  emptyState(c) {
    const e = c.ent();
    const comp = c.uniq(`Empty${e.Plural}`);
    return `function ${comp}({ onCreate }${c.T(': { onCreate?: () => void }')}) {
  return (
    <div className="empty-state" role="status">
      <h3 className="empty-state__title">No ${e.plural} yet</h3>
      <p className="empty-state__body">
        When you add ${e.plural}, they will show up here.
      </p>
      {onCreate && (
        <button type="button" className="btn btn-primary" onClick={onCreate}>
          Add ${e.name}
        </button>
      )}
    </div>
  );
}`;
  },
  table(c) {
    const e = c.ent();
    c.need('react', { def: 'React', named: ['useMemo'] });
    const comp = c.uniq(`${e.Name}Table`);
    const row = c.ts ? c.uniq(`${e.Name}Row`) : '';
    return `${c.ts ? `type ${row} = { id: string; name: string; status: string; updatedAt: string };\n\n` : ''}function ${comp}({ rows, sortKey = 'name', onSelect }${c.T(`: { rows: ${row}[]; sortKey?: keyof ${row}; onSelect?: (id: string) => void }`)}) {
  const sorted = useMemo(
    () => [...rows].sort((a, b) => String(a[sortKey]).localeCompare(String(b[sortKey]))),
    [rows, sortKey],
  );
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th>Name</th>
          <th>Status</th>
          <th>Updated</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={row.id} onClick={() => onSelect && onSelect(row.id)}>
            <td>{row.name}</td>
            <td>{row.status}</td>
            <td>{new Date(row.updatedAt).toLocaleDateString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}`;
  },
  modal(c) {
    const e = c.ent();
    c.need('react', { def: 'React', named: ['useEffect'] });
    const comp = c.uniq(`Confirm${e.Name}Dialog`);
    return `function ${comp}({ open, title, onConfirm, onClose }${c.T(': { open: boolean; title: string; onConfirm: () => void; onClose: () => void }')}) {
  useEffect(() => {
    if (!open) {
      return undefined;
    }
    const onKey = (event${c.T(': KeyboardEvent')}) => {
      if (event.key === 'Escape') {
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, onClose]);

  if (!open) {
    return null;
  }
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div className="modal" role="dialog" aria-modal="true" onClick={(event) => event.stopPropagation()}>
        <h2>{title}</h2>
        <p>This will update the ${e.name} for everyone on the team.</p>
        <footer className="modal__actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn-danger" onClick={onConfirm}>
            Confirm
          </button>
        </footer>
      </div>
    </div>
  );
}`;
  },
  form(c) {
    const e = c.ent();
    c.need('react', { def: 'React', named: ['useState'] });
    const comp = c.uniq(`${e.Name}QuickForm`);
    return `function ${comp}({ initialName = '', onSubmit }${c.T(': { initialName?: string; onSubmit: (values: { name: string; notes: string }) => Promise<void> }')}) {
  const [name, setName] = useState(initialName);
  const [notes, setNotes] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState${c.T('<string | null>')}(null);

  const handleSubmit = async (event${c.T(': React.FormEvent<HTMLFormElement>')}) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Name is required');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await onSubmit({ name: name.trim(), notes });
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Something went wrong');
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="quick-form" onSubmit={handleSubmit}>
      <label htmlFor="${e.kebab}-name">Name</label>
      <input id="${e.kebab}-name" value={name} onChange={(event) => setName(event.target.value)} />
      <label htmlFor="${e.kebab}-notes">Notes</label>
      <textarea id="${e.kebab}-notes" rows={3} value={notes} onChange={(event) => setNotes(event.target.value)} />
      {error ? <p className="form-error">{error}</p> : null}
      <button type="submit" disabled={saving}>
        {saving ? 'Saving...' : 'Save ${e.name}'}
      </button>
    </form>
  );
}`;
  },
  listItem(c) {
    const e = c.ent();
    c.need('react', { def: 'React', named: ['memo'] });
    const comp = c.uniq(`${e.Name}ListItem`);
    return `const ${comp} = memo(function ${comp}({ item, selected, onToggle }${c.T(': { item: { id: string; name: string; description?: string }; selected: boolean; onToggle: (id: string) => void }')}) {
  return (
    <li className={selected ? 'list-item list-item--selected' : 'list-item'}>
      <label>
        <input type="checkbox" checked={selected} onChange={() => onToggle(item.id)} />
        <span className="list-item__name">{item.name}</span>
      </label>
      {item.description && <p className="list-item__description">{item.description}</p>}
    </li>
  );
});`;
  },
  hookInline(c) {
    if (!c.take('useDebouncedValue')) return null;
    c.need('react', { def: 'React', named: ['useState', 'useEffect'] });
    return `function useDebouncedValue${c.T('<T>')}(value${c.T(': T')}, delay = 300)${c.T(': T')} {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(id);
  }, [value, delay]);
  return debounced;
}`;
  },
};

// Main React component of a react-kind file
export function reactMain(c, compName) {
  const e = c.ent();
  const fetchFn = c.uniq(`load${e.Plural}`);
  const variant = c.rng.int(0, 2);
  if (variant !== 2) c.need('react', { def: 'React', named: ['useState', 'useEffect', 'useCallback'] });
  const props = c.ts ? `${compName}Props` : '';
  if (c.ts) c.used.add(props);
  const propsDecl = c.ts
    ? `interface ${props} {
  title?: string;
  pageSize?: number;
  onOpen?: (id: string) => void;
}

`
    : '';
  if (!c.ts && c.rng.chance(0.5) && variant !== 2) {
    c.need('prop-types', { def: 'PropTypes' });
    c.propTypesFor = compName;
  }
  const body = `  const [items, setItems] = useState${c.T('<Array<{ id: string; name: string; status: string }>>')}([]);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState${c.T('<string | null>')}(null);

  const ${fetchFn} = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const response = await fetch(\`/api/${e.plural}?page=\${page}&size=\${pageSize}&q=\${encodeURIComponent(query)}\`);
      if (!response.ok) {
        throw new Error(\`Request failed with \${response.status}\`);
      }
      const payload = await response.json();
      setItems(payload.items || []);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setLoading(false);
    }
  }, [page, pageSize, query]);

  useEffect(() => {
    ${fetchFn}();
  }, [${fetchFn}]);

  const filtered = items.filter((item) => item.name.toLowerCase().includes(query.toLowerCase()));

  return (
    <section className="${e.kebab}-page">
      <header className="page-header">
        <h1>{title}</h1>
        <input
          type="search"
          placeholder="Search ${e.plural}"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </header>
      {error && <div className="alert alert-error">{error}</div>}
      {loading ? (
        <div className="spinner" aria-busy="true" />
      ) : (
        <ul className="${e.kebab}-list">
          {filtered.map((item) => (
            <li key={item.id}>
              <button type="button" className="link-button" onClick={() => onOpen && onOpen(item.id)}>
                {item.name}
              </button>
              <span className={\`status status--\${item.status}\`}>{item.status}</span>
            </li>
          ))}
        </ul>
      )}
      <nav className="pager">
        <button type="button" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
          Previous
        </button>
        <span>Page {page}</span>
        <button type="button" onClick={() => setPage((p) => p + 1)}>
          Next
        </button>
      </nav>
    </section>
  );`;
  const sig = `{ title = '${e.Plural}', pageSize = 20, onOpen }${c.T(`: ${props}`)}`;
  if (variant === 0) {
    return { text: `${propsDecl}export default function ${compName}(${sig}) {\n${body}\n}`, footer: '' };
  }
  if (variant === 1) {
    return {
      text: `${propsDecl}const ${compName} = (${sig}) => {\n${body}\n};`,
      footer: `export default ${compName};`,
    };
  }
  // class component (JS and TS)
  c.need('react', { def: 'React', named: ['Component'] });
  const stateT = c.ts ? `${compName}State` : '';
  const stateDecl = c.ts
    ? `interface ${stateT} {
  items: Array<{ id: string; name: string }>;
  loading: boolean;
  error: string | null;
}

`
    : '';
  return {
    text: `${propsDecl}${stateDecl}class ${compName} extends Component${c.T(`<${props}, ${stateT}>`)} {
  state${c.T(`: ${stateT}`)} = { items: [], loading: false, error: null };

  componentDidMount() {
    this.${fetchFn}();
  }

  ${fetchFn} = async () => {
    this.setState({ loading: true, error: null });
    try {
      const response = await fetch('/api/${e.plural}');
      const payload = await response.json();
      this.setState({ items: payload.items || [], loading: false });
    } catch (err) {
      this.setState({ error: String(err), loading: false });
    }
  };

  render() {
    const { items, loading, error } = this.state;
    const { title = '${e.Plural}', onOpen } = this.props;
    if (loading) {
      return <div className="spinner" aria-busy="true" />;
    }
    return (
      <section className="${e.kebab}-page">
        <h1>{title}</h1>
        {error && <div className="alert alert-error">{error}</div>}
        <ul>
          {items.map((item) => (
            <li key={item.id} onClick={() => onOpen && onOpen(item.id)}>
              {item.name}
            </li>
          ))}
        </ul>
      </section>
    );
  }
}`,
    footer: `export default ${compName};`,
  };
}
