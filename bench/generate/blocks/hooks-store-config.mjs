// Hooks (no JSX)
export const H = {
  useResource(c) {
    const e = c.ent();
    c.need('react', { named: ['useState', 'useEffect'] });
    const hook = c.uniq(`use${e.Plural}`);
    return `${c.exp(hook)}function ${hook}(filter${c.T(': { status?: string; ownerId?: string }')} = {}) {
  const [data, setData] = useState${c.T('<unknown[]>')}([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState${c.T('<Error | null>')}(null);
  const key = JSON.stringify(filter);

  useEffect(() => {
    let cancelled = false;
    const controller = new AbortController();
    setLoading(true);
    fetch(\`/api/${e.plural}?filter=\${encodeURIComponent(key)}\`, { signal: controller.signal })
      .then((response) => response.json())
      .then((payload) => {
        if (!cancelled) {
          setData(payload.data || []);
          setError(null);
        }
      })
      .catch((err) => {
        if (!cancelled && err.name !== 'AbortError') {
          setError(err);
        }
      })
      .finally(() => {
        if (!cancelled) {
          setLoading(false);
        }
      });
    return () => {
      cancelled = true;
      controller.abort();
    };
  }, [key]);

  return { data, loading, error };
}`;
  },
  useToggle(c) {
    if (!c.take('useToggle')) return null;
    c.need('react', { named: ['useState', 'useCallback'] });
    return `${c.exp('useToggle')}function useToggle(initial = false)${c.T(': [boolean, () => void, (value: boolean) => void]')} {
  const [value, setValue] = useState(initial);
  const toggle = useCallback(() => setValue((v) => !v), []);
  return [value, toggle, setValue];
}`;
  },
  useLocalStorage(c) {
    if (!c.take('useLocalStorage')) return null;
    c.need('react', { named: ['useState', 'useEffect'] });
    return `${c.exp('useLocalStorage')}function useLocalStorage${c.T('<T>')}(key${c.T(': string')}, initialValue${c.T(': T')}) {
  const [value, setValue] = useState${c.T('<T>')}(() => {
    try {
      const stored = window.localStorage.getItem(key);
      return stored ? JSON.parse(stored) : initialValue;
    } catch {
      return initialValue;
    }
  });

  useEffect(() => {
    window.localStorage.setItem(key, JSON.stringify(value));
  }, [key, value]);

  return [value, setValue]${c.T(' as const')};
}`;
  },
};

// Redux toolkit slices
export const ST = {
  slice(c) {
    const e = c.ent();
    c.need('@reduxjs/toolkit', { named: ['createSlice', 'createAsyncThunk'] });
    const slice = c.uniq(`${e.name}Slice`);
    const thunk = c.uniq(`fetch${e.Plural}Thunk`);
    const stateT = c.ts ? c.uniq(`${e.Plural}State`) : '';
    return `${c.ts ? `interface ${stateT} {\n  ids: string[];\n  entities: Record<string, { id: string; name: string }>;\n  status: 'idle' | 'loading' | 'failed';\n  error?: string;\n}\n\n` : ''}const ${c.uniq(`initial${e.Plural}State`)}${c.T(`: ${stateT}`)} = { ids: [], entities: {}, status: 'idle' };

${c.exp(thunk)}const ${thunk} = createAsyncThunk('${e.plural}/fetchAll', async () => {
  const response = await fetch('/api/${e.plural}');
  if (!response.ok) {
    throw new Error('Failed to fetch ${e.plural}');
  }
  return (await response.json())${c.T(` as Array<{ id: string; name: string }>`)};
});

${c.exp(slice)}const ${slice} = createSlice({
  name: '${e.plural}',
  initialState: initial${e.Plural}State,
  reducers: {
    ${e.name}Removed(state, action) {
      delete state.entities[action.payload];
      state.ids = state.ids.filter((id) => id !== action.payload);
    },
    ${e.plural}Cleared(state) {
      state.ids = [];
      state.entities = {};
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(${thunk}.pending, (state) => {
        state.status = 'loading';
      })
      .addCase(${thunk}.fulfilled, (state, action) => {
        state.status = 'idle';
        for (const item of action.payload) {
          state.entities[item.id] = item;
        }
        state.ids = action.payload.map((item) => item.id);
      })
      .addCase(${thunk}.rejected, (state, action) => {
        state.status = 'failed';
        state.error = action.error.message;
      });
  },
});`;
  },
  selectors(c) {
    const e = c.ent();
    const sel = c.uniq(`select${e.Plural}`);
    const selBy = c.uniq(`select${e.Name}ById`);
    return `${c.exp(sel)}const ${sel} = (state${c.T(': any')}) => state.${e.plural}.ids.map((id${c.T(': string')}) => state.${e.plural}.entities[id]);

${c.exp(selBy)}const ${selBy} = (state${c.T(': any')}, id${c.T(': string')}) => state.${e.plural}.entities[id];`;
  },
};

// Config blocks
export const CFG = {
  section(c) {
    const f = c.rng.pick(['database', 'cache', 'mail', 'storage', 'queue', 'auth', 'logging', 'cors']);
    const name = c.uniq(`${f}Config`);
    const bodies = {
      database: `  host: process.env.DB_HOST || 'localhost',
  port: Number(process.env.DB_PORT || 5432),
  database: process.env.DB_NAME || 'app',
  user: process.env.DB_USER || 'app',
  password: process.env.DB_PASSWORD,
  pool: { min: 2, max: Number(process.env.DB_POOL_MAX || 10) },
  ssl: process.env.NODE_ENV === 'production' ? { rejectUnauthorized: false } : false,`,
      cache: `  url: process.env.REDIS_URL || 'redis://localhost:6379',
  ttlSeconds: Number(process.env.CACHE_TTL || 300),
  prefix: 'app:',`,
      mail: `  from: process.env.MAIL_FROM || 'no-reply@example.com',
  transport: process.env.MAIL_TRANSPORT || 'smtp',
  smtp: { host: process.env.SMTP_HOST, port: Number(process.env.SMTP_PORT || 587), secure: false },`,
      storage: `  bucket: process.env.UPLOAD_BUCKET || 'app-uploads-dev',
  region: process.env.AWS_REGION || 'us-east-1',
  maxFileSizeMb: 25,
  allowedTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],`,
      queue: `  concurrency: Number(process.env.QUEUE_CONCURRENCY || 4),
  retries: 5,
  backoff: { type: 'exponential', delay: 1000 },`,
      auth: `  jwtSecret: process.env.JWT_SECRET,
  tokenTtl: '15m',
  refreshTtl: '30d',
  cookieName: 'sid',`,
      logging: `  level: process.env.LOG_LEVEL || 'info',
  pretty: process.env.NODE_ENV !== 'production',
  redact: ['req.headers.authorization', 'req.headers.cookie', 'password'],`,
      cors: `  origin: (process.env.CORS_ORIGINS || 'http://localhost:3000').split(','),
  credentials: true,
  maxAge: 600,`,
    };
    return `${c.exp(name)}const ${name} = {\n${bodies[f]}\n};`;
  },
};
