// Express/server blocks (need `router` in scope)
export const S = {
  list(c) {
    const e = c.ent();
    c.need('../db', { def: 'db' });
    return `router.get('/${e.plural}', async (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
  try {
    const page = Math.max(1, Number(req.query.page) || 1);
    const limit = Math.min(100, Number(req.query.limit) || 25);
    const offset = (page - 1) * limit;
    const { rows } = await db.query(
      'SELECT id, name, status, created_at FROM ${e.plural} WHERE deleted_at IS NULL ORDER BY created_at DESC LIMIT $1 OFFSET $2',
      [limit, offset],
    );
    res.json({ data: rows, page, limit });
  } catch (err) {
    next(err);
  }
});`;
  },
  getOne(c) {
    const e = c.ent();
    c.need('../db', { def: 'db' });
    return `router.get('/${e.plural}/:id', async (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
  try {
    const { rows } = await db.query('SELECT * FROM ${e.plural} WHERE id = $1', [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: '${e.Name} not found' });
    }
    return res.json(rows[0]);
  } catch (err) {
    return next(err);
  }
});`;
  },
  create(c) {
    const e = c.ent();
    c.need('../db', { def: 'db' });
    return `router.post('/${e.plural}', async (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
  const { name, description = '', tags = [] } = req.body || {};
  if (!name || typeof name !== 'string') {
    return res.status(400).json({ error: 'name is required' });
  }
  try {
    const { rows } = await db.query(
      'INSERT INTO ${e.plural} (name, description, tags, owner_id) VALUES ($1, $2, $3, $4) RETURNING *',
      [name.trim(), description, tags, req.user && req.user.id],
    );
    res.status(201).json(rows[0]);
  } catch (err) {
    next(err);
  }
});`;
  },
  update(c) {
    const e = c.ent();
    c.need('../db', { def: 'db' });
    return `router.patch('/${e.plural}/:id', async (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
  const allowed = ['name', 'description', 'status'];
  const updates = Object.keys(req.body || {}).filter((key) => allowed.includes(key));
  if (updates.length === 0) {
    return res.status(400).json({ error: 'Nothing to update' });
  }
  const assignments = updates.map((key, index) => \`\${key} = $\${index + 2}\`).join(', ');
  try {
    const { rows } = await db.query(
      \`UPDATE ${e.plural} SET \${assignments}, updated_at = NOW() WHERE id = $1 RETURNING *\`,
      [req.params.id, ...updates.map((key) => req.body[key])],
    );
    return rows[0] ? res.json(rows[0]) : res.status(404).end();
  } catch (err) {
    return next(err);
  }
});`;
  },
  remove(c) {
    const e = c.ent();
    c.need('../db', { def: 'db' });
    return `router.delete('/${e.plural}/:id', async (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
  try {
    await db.query('UPDATE ${e.plural} SET deleted_at = NOW() WHERE id = $1', [req.params.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});`;
  },
  middleware(c) {
    const fn = c.uniq('requireRole');
    return `function ${fn}(...roles${c.T(': string[]')}) {
  return (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
    const user = ${c.ts ? '(req as any).user' : 'req.user'};
    if (!user) {
      return res.status(401).json({ error: 'Not authenticated' });
    }
    if (roles.length && !roles.includes(user.role)) {
      return res.status(403).json({ error: 'Forbidden' });
    }
    return next();
  };
}`;
  },
  rateLimit(c) {
    if (!c.take('simpleRateLimit')) return null;
    c.used.add('rateLimitHits');
    return `const rateLimitHits${c.T(': Map<string, { count: number; resetAt: number }>')} = new Map();

function simpleRateLimit(limit = 60, windowMs = 60000) {
  return (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
    const key = req.ip || 'unknown';
    const now = Date.now();
    const entry = rateLimitHits.get(key);
    if (!entry || entry.resetAt < now) {
      rateLimitHits.set(key, { count: 1, resetAt: now + windowMs });
      return next();
    }
    entry.count += 1;
    if (entry.count > limit) {
      res.setHeader('Retry-After', String(Math.ceil((entry.resetAt - now) / 1000)));
      return res.status(429).json({ error: 'Too many requests' });
    }
    return next();
  };
}`;
  },
  externalService(c) {
    const svc = c.rng.pick([
      { name: 'sendReceiptEmail', host: 'https://api.mailer.example.com/v3/messages', env: 'MAILER_API_TOKEN' },
      { name: 'createPaymentIntent', host: 'https://api.payments.example.com/v1/payment_intents', env: 'PAYMENTS_SECRET' },
      { name: 'notifySlack', host: 'https://hooks.chat.example.com/services/incoming', env: 'CHAT_WEBHOOK_TOKEN' },
    ]);
    const fn = c.uniq(svc.name);
    return `async function ${fn}(payload${c.T(': Record<string, unknown>')}) {
  const response = await fetch('${svc.host}', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: \`Bearer \${process.env.${svc.env}}\`,
    },
    body: JSON.stringify(payload),
  });
  if (!response.ok) {
    const text = await response.text();
    throw new Error(\`${fn} failed: \${response.status} \${text}\`);
  }
  return response.json();
}`;
  },
  health(c) {
    if (!c.take('__health')) return null;
    return `router.get('/health', (req${c.T(': Request')}, res${c.T(': Response')}) => {
  res.json({ status: 'ok', uptime: process.uptime(), version: process.env.APP_VERSION || 'dev' });
});`;
  },
};
