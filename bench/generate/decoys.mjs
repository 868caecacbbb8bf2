/** Non-Clarifai files that look a little like Clarifai code; all must produce no finding. */
export const DECOYS = [
  'decoy-comment',
  'decoy-string',
  'decoy-key-header-other-host',
  'decoy-postmodeloutputs',
];

export const DECOY_FRACTION = 0.01;

// ------------------------------------------------------------------------------------------------
// Decoys: ordinary files that mention Clarifai-ish things without calling Clarifai

export const DECOY_BUILDERS = {
  'decoy-comment'(c) {
    const e = c.ent();
    const fn = c.uniq(`normalize${e.Name}Tags`);
    const text = c.rng.pick([
      `// Image tagging used to go through Clarifai; it now runs on the internal vision
// service (see docs/adr/0007-vision.md). Keep the tag shape stable for old records.`,
      `/*
 * NOTE: tags imported from the 2019 Clarifai export still carry a confidence value in 0..1.
 * Newer tags come from the in-house classifier with 0..100. Normalize both.
 */`,
      `// TODO(vision): evaluate clarifai vs. rekognition for auto-tagging (ticket OPS-1182).`,
    ]);
    return {
      block: `${text}
${c.exp(fn)}function ${fn}(tags${c.T(': Array<{ name: string; value: number }>')}) {
  return tags
    .map((tag) => ({ name: tag.name.trim().toLowerCase(), value: tag.value > 1 ? tag.value / 100 : tag.value }))
    .filter((tag) => tag.value >= 0.5)
    .sort((a, b) => b.value - a.value);
}`,
      top: null,
    };
  },
  'decoy-string'(c) {
    const name = c.uniq('VISION_PROVIDERS');
    const fn = c.uniq('providerLabel');
    return {
      top: null,
      block: `${c.exp(name)}const ${name} = [
  { id: 'internal', label: 'In-house classifier', docs: '/docs/vision' },
  { id: 'clarifai', label: 'Clarifai (legacy, read-only)', docs: 'https://docs.clarifai.com/' },
  { id: 'rekognition', label: 'AWS Rekognition', docs: 'https://docs.aws.amazon.com/rekognition/' },
];

${c.exp(fn)}function ${fn}(id${c.T(': string')})${c.T(': string')} {
  const provider = ${name}.find((p) => p.id === id);
  if (!provider) {
    return 'Unknown provider';
  }
  return id === 'clarifai' ? provider.label + ' - migrated 2024' : provider.label;
}`,
    };
  },
  'decoy-key-header-other-host'(c) {
    const fn = c.uniq(c.rng.pick(['reverseGeocode', 'lookupPlace', 'geocodeAddress']));
    const k = c.uniq(c.rng.pick(['k', 'key', 'geoKey']));
    return {
      top: null,
      block: `${c.exp(fn)}async function ${fn}(lat${c.T(': number')}, lng${c.T(': number')}) {
  const ${k} = process.env.GEO_LOOKUP_API_KEY;
  const response = await fetch('https://api.geo-lookup.example.com/v2/reverse?lat=' + lat + '&lng=' + lng, {
    method: 'GET',
    headers: {
      Accept: 'application/json',
      Authorization: 'Key ' + ${k},
    },
  });
  if (!response.ok) {
    throw new Error('Geocoding failed: ' + response.status);
  }
  const body = await response.json();
  return body.results && body.results[0] ? body.results[0].formatted_address : null;
}`,
    };
  },
  'decoy-postmodeloutputs'(c) {
    if (c.rng.chance(0.5)) {
      c.take('PostModelOutputs');
      const caller = c.uniq('storeForecastRun');
      c.need('../db', { def: 'db' });
      return {
        top: null,
        block: `// Persists the outputs produced by the nightly forecasting job (internal ML service).
async function PostModelOutputs(client${c.T(': any')}, modelId${c.T(': string')}, outputs${c.T(': Array<{ key: string; value: number }>')}) {
  const values = outputs.map((o) => [modelId, o.key, o.value]);
  await client.query('INSERT INTO model_outputs (model_id, output_key, output_value) VALUES ' +
    values.map((_, i) => '($' + (i * 3 + 1) + ', $' + (i * 3 + 2) + ', $' + (i * 3 + 3) + ')').join(', '),
    values.flat());
  return values.length;
}

${c.exp(caller)}async function ${caller}(rows${c.T(': Array<{ key: string; value: number }>')}) {
  const count = await PostModelOutputs(db, 'demand-forecast-v3', rows);
  console.log('stored ' + count + ' forecast outputs');
  return count;
}`,
      };
    }
    const cl = c.uniq('mlGateway');
    const fn = c.uniq('scoreChurnBatch');
    c.need('./internal/mlGatewayClient', { named: ['createMlGatewayClient'] });
    return {
      top: `const ${cl} = createMlGatewayClient(process.env.ML_GATEWAY_ADDR || 'ml-gateway.internal:443');`,
      block: `${c.exp(fn)}function ${fn}(rows${c.T(': Array<Record<string, number>>')})${c.T(': Promise<number[]>')} {
  return new Promise((resolve, reject) => {
    ${cl}.PostModelOutputs(
      { model_id: 'churn-v3', inputs: rows.map((features) => ({ features })) },
      { authorization: 'Key ' + process.env.ML_GATEWAY_TOKEN },
      (err${c.T(': Error | null')}, response${c.T(': any')}) => (err ? reject(err) : resolve(response.scores)),
    );
  });
}`,
    };
  },
};
