import { cap, indent, kebab } from './vocabulary.mjs';

/** The Clarifai call shapes and the rule ids each one must produce (see /work/shared/NOTES.md). */
export const SHAPES = [
  { id: 'rest-fetch-pat-own-ids', rules: ['require-clarifai-owner'] },
  { id: 'rest-fetch-apikey-no-owner', rules: ['no-api-key-outside-app'] },
  { id: 'rest-axios-pat-no-owner', rules: ['require-user-app-id'] },
  { id: 'grpc-apikey', rules: ['no-api-key-outside-app'] },
  { id: 'legacy-client-apikey', rules: ['no-api-key-outside-app', 'no-deprecated-client'] },
  { id: 'sdk-own-ids', rules: ['require-clarifai-owner'] },
  { id: 'grpc-workflow-apikey', rules: ['prefer-pat-for-workflows'] },
  { id: 'correct-pat-clarifai-main', rules: [] },
];

// ------------------------------------------------------------------------------------------------
// Clarifai call shapes. Each builder returns
//   { imports: [lines], top: text|null, block: text, isMain, anchors: { call, client? }, tags: [] }
// `host` is 'react' | 'server' | 'module'.

const OWN_IDS = [
  ['jane-doe', 'my-first-application'],
  ['jdoe42', 'face-recognition-app'],
  ['sam_k', 'smart-brain'],
  ['devuser01', 'test-app'],
  ['mrivera', 'my-app'],
  ['alex-chen', 'image-tagger'],
  ['priya_dev', 'vision-demo'],
];
const MAIN_MODELS = [
  { id: 'face-detection', version: '6dc7e46bc9124c5c8824be4822abe105', kind: 'regions' },
  { id: 'general-image-recognition', version: 'aa7f35c01e0642fda5cf400f543e7c40', kind: 'concepts' },
];
const OWN_WORKFLOWS = ['my-custom-workflow', 'product-tagging-flow', 'moderation-pipeline-v2', 'receipt-ocr-workflow'];

const INPUT_VARS = ['imageUrl', 'input', 'photoUrl', 'url', 'imageURL'];

function envRead(c, host, name, { allowVite = true } = {}) {
  if (host === 'react') {
    if (allowVite && c.esm && c.rng.chance(0.25)) return { expr: `import.meta.env.VITE_${name}`, tag: 'vite-env' };
    return { expr: `process.env.REACT_APP_${name}`, tag: 'cra-env' };
  }
  return { expr: `process.env.${name}`, tag: null };
}

function inputsLiteral(v, style) {
  if (style === 0) return `[{ data: { image: { url: ${v} } } }]`;
  return `[
  {
    data: {
      image: {
        url: ${v},
      },
    },
  },
]`;
}

function extractFor(kind, resVar) {
  return kind === 'regions' ? `${resVar}.outputs[0].data.regions || []` : `${resVar}.outputs[0].data.concepts`;
}

// Wrap "inner" async statements (which use `v` and define `resVar`) into a host construct.
function wrapHost(c, host, o) {
  const { v, inner, extract, fnBase, route, title } = o;
  const T = c.T;
  if (host === 'module') {
    const fn = c.uniq(fnBase);
    return {
      block: `/**
 * ${title}
 */
${c.exp(fn)}async function ${fn}(${v}${T(': string')})${T(': Promise<any[]>')} {
${indent(inner, 2)}
  return ${extract};
}`,
      isMain: false,
    };
  }
  if (host === 'server') {
    return {
      block: `router.post('/${route}', async (req${T(': Request')}, res${T(': Response')}, next${T(': NextFunction')}) => {
  const { ${v} } = req.body || {};
  if (!${v}) {
    return res.status(400).json({ error: '${v} is required' });
  }
  try {
${indent(inner, 4)}
    return res.json({ results: ${extract} });
  } catch (err) {
    return next(err);
  }
});`,
      isMain: false,
    };
  }
  // react: the special block is the file's main (default-exported) component
  c.need('react', { def: 'React', named: ['useState'] });
  const comp = c.uniq(o.component);
  const setter = 'set' + cap(v);
  c.used.add(setter);
  return {
    block: `export default function ${comp}() {
  const [${v}, ${setter}] = useState('');
  const [results, setResults] = useState${T('<any[]>')}([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState${T('<string | null>')}(null);

  const handleSubmit = async (event${T(': React.FormEvent<HTMLFormElement>')}) => {
    event.preventDefault();
    setLoading(true);
    setError(null);
    try {
${indent(inner, 6)}
      setResults(${extract});
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setLoading(false);
    }
  };

  return (
    <div className="${kebab(comp)}">
      <form onSubmit={handleSubmit}>
        <input
          type="url"
          placeholder="Paste an image URL"
          value={${v}}
          onChange={(event) => ${setter}(event.target.value)}
        />
        <button type="submit" disabled={loading || !${v}}>
          {loading ? 'Analyzing...' : 'Analyze'}
        </button>
      </form>
      {error && <p className="error">{error}</p>}
      {${v} && <img className="preview" src={${v}} alt="" width={400} />}
      <ul className="results">
        {results.map((item, index) => (
          <li key={item.id || index}>{item.name || \`Region \${index + 1}\`}</li>
        ))}
      </ul>
    </div>
  );
}`,
    isMain: true,
  };
}

function reactComponentName(c) {
  return c.rng.pick(['FaceDetector', 'ImageAnalyzer', 'FaceRecognition', 'PhotoTagger', 'ImageLinkForm', 'UploadInsights', 'AutoTagger']);
}

export const SHAPE_BUILDERS = {
  // 1. fetch + PAT + the caller's own user/app ids for a clarifai/main model
  'rest-fetch-pat-own-ids'(c, host) {
    const rng = c.rng;
    const tags = [];
    const [uid, aid] = rng.pick(OWN_IDS);
    const style = rng.int(0, 2);
    // the smart-brain helper variant draws face boxes, so it always uses face-detection
    const model = style === 0 && host !== 'module' ? MAIN_MODELS[0] : rng.pick(MAIN_MODELS);
    const names = rng.pick([
      { pat: 'PAT', user: 'USER_ID', app: 'APP_ID', model: 'MODEL_ID', version: 'MODEL_VERSION_ID' },
      { pat: 'CLARIFAI_PAT', user: 'CLARIFAI_USER_ID', app: 'CLARIFAI_APP_ID', model: 'MODEL_ID', version: 'VERSION_ID' },
      { pat: 'pat', user: 'userId', app: 'appId', model: 'modelId', version: 'modelVersionId' },
    ]);
    for (const k of Object.values(names)) c.used.add(k);
    const env = envRead(c, host, 'CLARIFAI_PAT');
    if (env.tag) tags.push(env.tag);
    const consts = `// Your PAT (Personal Access Token) can be found in the Account's Security section
const ${names.pat} = ${env.expr};
// Specify the correct user_id/app_id pairings
// Since you're making inferences outside your app's scope
const ${names.user} = '${uid}';
const ${names.app} = '${aid}';
// Change these to whatever model and image URL you want to use
const ${names.model} = '${model.id}';
const ${names.version} = '${model.version}';`;
    const urlConcat = rng.chance(0.6);
    if (!urlConcat) tags.push('url-template');
    const url = urlConcat
      ? `'https://api.clarifai.com/v2/models/' + ${names.model} + '/versions/' + ${names.version} + '/outputs'`
      : `\`https://api.clarifai.com/v2/models/\${${names.model}}/versions/\${${names.version}}/outputs\``;
    const quotedKeys = rng.chance(0.35);
    if (quotedKeys) tags.push('quoted-keys');
    const k = (s) => (quotedKeys ? `'${s}'` : s);
    const v = rng.pick(INPUT_VARS);
    c.used.add(v);
    const resVar = rng.pick(['result', 'data', 'json']);
    const localConsts = host !== 'react' && rng.chance(0.25);
    // smart-brain style helper that returns the request options (common in the wild)
    if (style === 0 && host !== 'module') {
      tags.push('options-helper', 'then-chain');
      const helper = c.uniq(rng.pick(['returnClarifaiRequestOptions', 'buildClarifaiRequest', 'clarifaiRequestOptions']));
      const helperText = `const ${helper} = (${v}${c.T(': string')}) => {
${indent(consts, 2)}

  const raw = JSON.stringify({
    ${k('user_app_id')}: {
      ${k('user_id')}: ${names.user},
      ${k('app_id')}: ${names.app},
    },
    ${k('inputs')}: ${indent(inputsLiteral(v, 1), 4).trimStart()},
  });

  return {
    method: 'POST',
    headers: {
      ${k('Accept')}: 'application/json',
      ${k('Authorization')}: 'Key ' + ${names.pat},
    },
    body: raw,
  };
};`;
      // The helper-local constants shadow nothing; the MODEL_ID used in the URL must be visible at the call:
      // smart-brain code repeats the model id in the URL string, so do the same.
      const callUrl = `'https://api.clarifai.com/v2/models/${model.id}/outputs'`;
      if (host === 'server') {
        const handler = c.uniq(rng.pick(['handleApiCall', 'handleImageUrl', 'detectHandler']));
        const block = `${helperText}

const ${handler} = (req${c.T(': Request')}, res${c.T(': Response')}) => {
  fetch(${callUrl}, ${helper}(req.body.input))
    .then((response) => response.json())
    .then((${resVar}) => res.json(${resVar}))
    .catch((err) => res.status(400).json('unable to work with API'));
};

router.post('/imageurl', ${handler});`;
        return { imports: [], top: null, block, isMain: false, anchors: { call: `fetch(${callUrl}` }, tags };
      }
      // react class or function component (smart-brain App.js)
      const comp = c.uniq(rng.pick(['App', 'FaceRecognitionApp', 'Detector']));
      if (c.ts || rng.chance(0.5)) {
        c.need('react', { def: 'React', named: ['useState'] });
        tags.push('function-component');
        const block = `${helperText}

export default function ${comp}() {
  const [input, setInput] = useState('');
  const [imageUrl, setImageUrl] = useState('');
  const [boxes, setBoxes] = useState${c.T('<any[]>')}([]);

  const onButtonSubmit = () => {
    setImageUrl(input);
    fetch(${callUrl}, ${helper}(input))
      .then((response) => response.json())
      .then((${resVar}) => {
        const regions = ${resVar}.outputs[0].data.regions || [];
        setBoxes(regions.map((region${c.T(': any')}) => region.region_info.bounding_box));
      })
      .catch((error) => console.log('error', error));
  };

  return (
    <div className="App">
      <p className="f3">This Magic Brain will detect faces in your pictures. Give it a try.</p>
      <div className="center">
        <input className="f4 pa2 w-70" type="text" onChange={(event) => setInput(event.target.value)} />
        <button className="w-30 grow f4 link ph3 pv2 dib white bg-light-purple" onClick={onButtonSubmit}>
          Detect
        </button>
      </div>
      <div className="relative">
        <img id="inputimage" alt="" src={imageUrl} width="500px" height="auto" />
        {boxes.map((box, index) => (
          <div
            key={index}
            className="bounding-box"
            style={{ top: \`\${box.top_row * 100}%\`, left: \`\${box.left_col * 100}%\` }}
          />
        ))}
      </div>
    </div>
  );
}`;
        return { imports: [], top: null, block, isMain: true, anchors: { call: `fetch(${callUrl}` }, tags };
      }
      c.need('react', { def: 'React', named: ['Component'] });
      tags.push('class-component');
      const block = `${helperText}

class ${comp} extends Component {
  constructor(props) {
    super(props);
    this.state = {
      input: '',
      imageUrl: '',
      box: {},
    };
  }

  calculateFaceLocation = (data) => {
    const clarifaiFace = data.outputs[0].data.regions[0].region_info.bounding_box;
    const image = document.getElementById('inputimage');
    const width = Number(image.width);
    const height = Number(image.height);
    return {
      leftCol: clarifaiFace.left_col * width,
      topRow: clarifaiFace.top_row * height,
      rightCol: width - clarifaiFace.right_col * width,
      bottomRow: height - clarifaiFace.bottom_row * height,
    };
  };

  displayFaceBox = (box) => {
    this.setState({ box });
  };

  onInputChange = (event) => {
    this.setState({ input: event.target.value });
  };

  onButtonSubmit = () => {
    this.setState({ imageUrl: this.state.input });
    fetch(${callUrl}, ${helper}(this.state.input))
      .then((response) => response.json())
      .then((${resVar}) => this.displayFaceBox(this.calculateFaceLocation(${resVar})))
      .catch((error) => console.log('error', error));
  };

  render() {
    const { imageUrl, box } = this.state;
    return (
      <div className="App">
        <input className="f4 pa2 w-70 center" type="tex" onChange={this.onInputChange} />
        <button className="w-30 grow f4 link ph3 pv2 dib white bg-light-purple" onClick={this.onButtonSubmit}>
          Detect
        </button>
        <div className="absolute mt2">
          <img id="inputimage" alt="" src={imageUrl} width="500px" height="auto" />
          <div
            className="bounding-box"
            style={{ top: box.topRow, right: box.rightCol, bottom: box.bottomRow, left: box.leftCol }}
          />
        </div>
      </div>
    );
  }
}

export default ${comp};`;
      return { imports: [], top: null, block, isMain: true, anchors: { call: `fetch(${callUrl}` }, tags };
    }
    // inline request (async/await), consts at module level or in the function
    const reqOpts = style === 1;
    let inner;
    if (reqOpts) {
      tags.push('request-options-const');
      inner = `const raw = JSON.stringify({
  ${k('user_app_id')}: {
    ${k('user_id')}: ${names.user},
    ${k('app_id')}: ${names.app},
  },
  ${k('inputs')}: ${indent(inputsLiteral(v, 1), 2).trimStart()},
});

const requestOptions = {
  method: 'POST',
  headers: {
    ${k('Accept')}: 'application/json',
    ${k('Authorization')}: 'Key ' + ${names.pat},
  },
  body: raw,
};

const response = await fetch(${url}, requestOptions);
const ${resVar} = await response.json();`;
    } else {
      inner = `const response = await fetch(${url}, {
  method: 'POST',
  headers: {
    Accept: 'application/json',
    Authorization: 'Key ' + ${names.pat},
  },
  body: JSON.stringify({
    ${k('user_app_id')}: { ${k('user_id')}: ${names.user}, ${k('app_id')}: ${names.app} },
    ${k('inputs')}: ${inputsLiteral(v, 0)},
  }),
});
if (!response.ok) {
  throw new Error(\`Clarifai request failed with status \${response.status}\`);
}
const ${resVar} = await response.json();`;
    }
    let top = consts;
    if (localConsts) {
      tags.push('function-local-consts');
      inner = consts + '\n\n' + inner;
      top = null;
    }
    const w = wrapHost(c, host, {
      v,
      inner,
      extract: extractFor(model.kind, resVar),
      fnBase: model.kind === 'regions' ? 'detectFaces' : 'predictConcepts',
      route: model.kind === 'regions' ? 'detect-faces' : 'tag-image',
      title: 'Calls the Clarifai predict endpoint for the given image URL.',
      component: reactComponentName(c),
    });
    return { imports: [], top, block: w.block, isMain: w.isMain, anchors: { call: `fetch(${url}` }, tags };
  },

  // 2. fetch + API key from env + clarifai/main model, no owner
  'rest-fetch-apikey-no-owner'(c, host) {
    const rng = c.rng;
    const tags = [];
    const env = host === 'react' ? envRead(c, host, 'CLARIFAI_API_KEY') : { expr: 'process.env.CLARIFAI_API_KEY', tag: null };
    if (env.tag) tags.push(env.tag);
    const versioned = rng.chance(0.3);
    if (versioned) tags.push('versioned-url');
    const url = versioned
      ? `'https://api.clarifai.com/v2/models/food-item-recognition/versions/1d5fd481e0cf4826aa72ec3ff049e044/outputs'`
      : `'https://api.clarifai.com/v2/models/food-item-recognition/outputs'`;
    const v = rng.pick(INPUT_VARS);
    c.used.add(v);
    const resVar = rng.pick(['result', 'data', 'body']);
    const headersConst = rng.chance(0.35);
    let inner;
    let call;
    if (headersConst) {
      tags.push('headers-const');
      inner = `const headers = {
  'Content-Type': 'application/json',
  Authorization: \`Key \${${env.expr}}\`,
};
const response = await fetch(${url}, {
  method: 'POST',
  headers,
  body: JSON.stringify({ inputs: ${inputsLiteral(v, 0)} }),
});
const ${resVar} = await response.json();`;
    } else {
      inner = `const response = await fetch(${url}, {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    Authorization: \`Key \${${env.expr}}\`,
  },
  body: JSON.stringify({
    inputs: ${indent(inputsLiteral(v, 1), 4).trimStart()},
  }),
});
const ${resVar} = await response.json();`;
    }
    call = `fetch(${url}`;
    inner += `
if (${resVar}.status && ${resVar}.status.code !== 10000) {
  throw new Error(${resVar}.status.description);
}`;
    const w = wrapHost(c, host, {
      v,
      inner,
      extract: `${resVar}.outputs[0].data.concepts`,
      fnBase: rng.pick(['recognizeFood', 'detectIngredients', 'analyzeMealPhoto']),
      route: 'food/recognize',
      title: 'Recognizes food items in a photo (used for the meal log).',
      component: rng.pick(['MealScanner', 'FoodRecognizer', 'IngredientFinder']),
    });
    return { imports: [], top: null, block: w.block, isMain: w.isMain, anchors: { call }, tags };
  },

  // 3. axios + PAT from env, no user_app_id
  'rest-axios-pat-no-owner'(c, host) {
    const rng = c.rng;
    const tags = [];
    c.need('axios', { def: 'axios' });
    const patName = rng.pick(['PAT', 'CLARIFAI_PAT', 'clarifaiPat']);
    c.used.add(patName);
    const top = `const ${patName} = process.env.CLARIFAI_PAT;`;
    const v = rng.pick(INPUT_VARS);
    c.used.add(v);
    const url = `'https://api.clarifai.com/v2/models/general-image-recognition/outputs'`;
    const form = rng.int(0, 1);
    let inner;
    if (form === 0) {
      inner = `const inputs = ${inputsLiteral(v, 0)};
const { data } = await axios.post(
  ${url},
  { inputs },
  { headers: { Authorization: \`Key \${${patName}}\` } },
);`;
    } else {
      tags.push('config-const');
      inner = `const config = {
  headers: {
    Authorization: \`Key \${${patName}}\`,
    'Content-Type': 'application/json',
  },
  timeout: 15000,
};
const inputs = ${indent(inputsLiteral(v, 1), 0)};
const { data } = await axios.post(${url}, { inputs }, config);`;
    }
    const w = wrapHost(c, host, {
      v,
      inner,
      extract: 'data.outputs[0].data.concepts',
      fnBase: rng.pick(['tagImage', 'classifyImage', 'getImageConcepts']),
      route: 'images/tags',
      title: 'Returns the concepts Clarifai sees in an image.',
      component: 'ImageTagger',
    });
    return { imports: [], top, block: w.block, isMain: w.isMain, anchors: { call: 'axios.post(' }, tags };
  },

  // 4. clarifai-nodejs-grpc stub + API key + clarifai/main hex model id, no user_app_id
  'grpc-apikey'(c, host) {
    return grpcShape(c, host, {
      workflow: false,
      credentialEnv: 'CLARIFAI_API_KEY',
      keyNames: ['API_KEY', 'CLARIFAI_API_KEY', 'apiKey'],
      target: `model_id: 'aaa03c23b3724a16a56b629203edc62c'`,
      targetConst: ['MODEL_ID', `'aaa03c23b3724a16a56b629203edc62c'`, 'model_id'],
      rpc: 'PostModelOutputs',
      extract: (r) => `${r}.outputs[0].data.concepts`,
      fnBase: ['predictGeneral', 'getConcepts', 'classifyUpload'],
      route: 'predict',
    });
  },

  // 5. legacy `clarifai` client with apiKey
  'legacy-client-apikey'(c, host) {
    const rng = c.rng;
    const tags = [];
    const Cl = 'Clarifai';
    c.used.add(Cl);
    let importLine;
    if (c.esm) {
      importLine = `import ${Cl} from 'clarifai';`;
      tags.push('esm-import');
    } else {
      importLine = `const ${Cl} = require('clarifai');`;
      tags.push('cjs-require');
    }
    const appVar = c.uniq(host === 'server' ? rng.pick(['clarifaiApp', 'app']) : rng.pick(['app', 'clarifaiApp']));
    const envName = host === 'react' ? rng.pick(['process.env.REACT_APP_CLARIFAI_KEY', 'process.env.REACT_APP_CLARIFAI_KEY', 'process.env.REACT_APP_CLARIFAI_API_KEY']) : 'process.env.CLARIFAI_API_KEY';
    const modelConst = rng.weighted([['FACE_DETECT_MODEL', 6], ['GENERAL_MODEL', 2], ['FOOD_MODEL', 1], ['COLOR_MODEL', 1]]);
    const top = `const ${appVar} = new ${Cl}.App({
  apiKey: ${envName},
});`;
    const client = `new ${Cl}.App(`;
    if (host === 'react' && !c.ts && rng.chance(0.6)) {
      // smart-brain class component
      tags.push('class-component', 'then-chain');
      c.need('react', { def: 'React', named: ['Component'] });
      const comp = c.uniq(rng.pick(['App', 'FaceRecognitionApp']));
      const block = `class ${comp} extends Component {
  constructor() {
    super();
    this.state = {
      input: '',
      imageUrl: '',
      box: {},
      route: 'signin',
    };
  }

  calculateFaceLocation = (data) => {
    const clarifaiFace = data.outputs[0].data.regions[0].region_info.bounding_box;
    const image = document.getElementById('inputimage');
    const width = Number(image.width);
    const height = Number(image.height);
    return {
      leftCol: clarifaiFace.left_col * width,
      topRow: clarifaiFace.top_row * height,
      rightCol: width - clarifaiFace.right_col * width,
      bottomRow: height - clarifaiFace.bottom_row * height,
    };
  };

  displayFaceBox = (box) => {
    this.setState({ box: box });
  };

  onInputChange = (event) => {
    this.setState({ input: event.target.value });
  };

  onButtonSubmit = () => {
    this.setState({ imageUrl: this.state.input });
    ${appVar}.models
      .predict(${Cl}.${modelConst}, this.state.input)
      .then((response) => this.displayFaceBox(this.calculateFaceLocation(response)))
      .catch((err) => console.log(err));
  };

  onRouteChange = (route) => {
    this.setState({ route: route });
  };

  render() {
    const { imageUrl, box, route } = this.state;
    return (
      <div className="App">
        {route === 'home' ? (
          <div>
            <p className="f3">This Magic Brain will detect faces in your pictures.</p>
            <input className="f4 pa2 w-70 center" type="tex" onChange={this.onInputChange} />
            <button className="w-30 grow f4 link ph3 pv2 dib white bg-light-purple" onClick={this.onButtonSubmit}>
              Detect
            </button>
            <div className="center ma">
              <div className="absolute mt2">
                <img id="inputimage" alt="" src={imageUrl} width="500px" height="auto" />
                <div
                  className="bounding-box"
                  style={{ top: box.topRow, right: box.rightCol, bottom: box.bottomRow, left: box.leftCol }}
                />
              </div>
            </div>
          </div>
        ) : (
          <button type="button" onClick={() => this.onRouteChange('home')}>
            Sign in
          </button>
        )}
      </div>
    );
  }
}

export default ${comp};`;
      return { imports: [importLine], top, block, isMain: true, anchors: { call: `${appVar}.models`, client, import: importLine }, tags };
    }
    const v = rng.pick(INPUT_VARS);
    c.used.add(v);
    const thenStyle = host === 'server' && rng.chance(0.5);
    if (thenStyle) {
      tags.push('then-chain');
      const handler = c.uniq('handleApiCall');
      const block = `const ${handler} = (req${c.T(': Request')}, res${c.T(': Response')}) => {
  ${appVar}.models
    .predict(${Cl}.${modelConst}, req.body.input)
    .then((data) => {
      res.json(data);
    })
    .catch((err) => res.status(400).json('unable to work with API'));
};

router.post('/imageurl', ${handler});`;
      return { imports: [importLine], top, block, isMain: false, anchors: { call: `${appVar}.models`, client, import: importLine }, tags };
    }
    const inner = `const response = await ${appVar}.models.predict(${Cl}.${modelConst}, ${v});`;
    const w = wrapHost(c, host, {
      v,
      inner,
      extract: modelConst === 'FACE_DETECT_MODEL' ? 'response.outputs[0].data.regions' : 'response.outputs[0].data.concepts',
      fnBase: rng.pick(['detectFaces', 'predictImage', 'runPrediction']),
      route: 'imageurl',
      title: 'Runs a Clarifai prediction for an image URL.',
      component: reactComponentName(c),
    });
    return { imports: [importLine], top, block: w.block, isMain: w.isMain, anchors: { call: `${appVar}.models`, client, import: importLine }, tags };
  },

  // 6. clarifai-nodejs SDK, clarifai/main model addressed with the caller's own userId/appId
  'sdk-own-ids'(c, host) {
    const rng = c.rng;
    const tags = [];
    const [uid, aid] = rng.pick([['jane-doe', 'my-app'], ...OWN_IDS]);
    const modelId = rng.weighted([['general-image-recognition', 3], ['face-detection', 1]]);
    const importLine = c.esm ? `import { Model } from 'clarifai-nodejs';` : `const { Model } = require('clarifai-nodejs');`;
    c.used.add('Model');
    const patExpr = c.ts && rng.chance(0.3) ? (tags.push('ts-as-string'), 'process.env.CLARIFAI_PAT as string') : 'process.env.CLARIFAI_PAT';
    const idConsts = rng.chance(0.3);
    const modelVar = c.uniq(rng.pick(['model', 'generalModel', 'clarifaiModel']));
    let ctorTop;
    if (idConsts) {
      tags.push('id-consts');
      c.used.add('USER_ID');
      c.used.add('APP_ID');
      ctorTop = `const USER_ID = '${uid}';
const APP_ID = '${aid}';

const ${modelVar} = new Model({
  modelId: '${modelId}',
  authConfig: {
    userId: USER_ID,
    appId: APP_ID,
    pat: ${patExpr},
  },
});`;
    } else {
      ctorTop = `const ${modelVar} = new Model({
  modelId: '${modelId}',
  authConfig: {
    userId: '${uid}',
    appId: '${aid}',
    pat: ${patExpr},
  },
});`;
    }
    const v = rng.pick(INPUT_VARS);
    c.used.add(v);
    const inCall = rng.chance(0.3);
    let top = ctorTop;
    let inner = `const outputs = await ${modelVar}.predictByUrl({ url: ${v}, inputType: 'image' });`;
    if (inCall) {
      tags.push('model-in-function');
      top = null;
      inner = ctorTop + '\n' + inner;
    }
    const w = wrapHost(c, host, {
      v,
      inner,
      extract: 'outputs[0]?.data?.conceptsList ?? []',
      fnBase: rng.pick(['classifyImage', 'predictWithSdk', 'labelImage']),
      route: 'classify',
      title: 'Classifies an image with the Clarifai Node.js SDK.',
      component: 'SdkClassifier',
    });
    return { imports: [importLine], top, block: w.block, isMain: w.isMain, anchors: { call: 'new Model(', client: 'new Model(' }, tags };
  },

  // 7. gRPC workflow predict with an API key on the user's own workflow
  'grpc-workflow-apikey'(c, host) {
    const wf = c.rng.pick(OWN_WORKFLOWS);
    return grpcShape(c, host, {
      workflow: true,
      credentialEnv: 'CLARIFAI_API_KEY',
      keyNames: ['API_KEY', 'CLARIFAI_API_KEY', 'apiKey'],
      target: `workflow_id: '${wf}'`,
      targetConst: ['WORKFLOW_ID', `'${wf}'`, 'workflow_id'],
      rpc: 'PostWorkflowResults',
      extract: (r) => `${r}.results[0].outputs.map((output${c.T(': any')}) => output.data)`,
      fnBase: ['runWorkflow', 'processUpload', 'runTaggingWorkflow'],
      route: 'workflow',
    });
  },

  // 8. correct call: PAT from env, user_app_id clarifai/main, face-detection
  'correct-pat-clarifai-main'(c, host) {
    const rng = c.rng;
    const transport = host === 'react' ? rng.pick(['fetch', 'fetch', 'axios']) : rng.pick(['fetch', 'grpc', 'axios']);
    if (transport === 'grpc') {
      const r = grpcShape(c, host, {
        workflow: false,
        credentialEnv: 'CLARIFAI_PAT',
        keyNames: ['PAT', 'CLARIFAI_PAT'],
        target: `user_app_id: { user_id: 'clarifai', app_id: 'main' },\nmodel_id: 'face-detection'`,
        targetConst: null,
        rpc: 'PostModelOutputs',
        extract: (x) => `${x}.outputs[0].data.regions`,
        fnBase: ['detectFaces', 'findFaces'],
        route: 'faces',
      });
      r.tags.push('grpc');
      return r;
    }
    const tags = [transport];
    const env = envRead(c, host, 'CLARIFAI_PAT');
    if (env.tag) tags.push(env.tag);
    const patName = rng.pick(['PAT', 'CLARIFAI_PAT']);
    c.used.add(patName);
    c.used.add('USER_ID');
    c.used.add('APP_ID');
    c.used.add('MODEL_ID');
    const top = `const ${patName} = ${env.expr};
// Clarifai-owned models live in the clarifai/main app and need a PAT.
const USER_ID = 'clarifai';
const APP_ID = 'main';
const MODEL_ID = 'face-detection';`;
    const v = rng.pick(INPUT_VARS);
    c.used.add(v);
    let inner;
    let call;
    if (transport === 'fetch') {
      call = 'fetch(';
      inner = `const response = await fetch(\`https://api.clarifai.com/v2/models/\${MODEL_ID}/outputs\`, {
  method: 'POST',
  headers: {
    Accept: 'application/json',
    Authorization: 'Key ' + ${patName},
  },
  body: JSON.stringify({
    user_app_id: { user_id: USER_ID, app_id: APP_ID },
    inputs: ${inputsLiteral(v, 0)},
  }),
});
const data = await response.json();`;
    } else {
      c.need('axios', { def: 'axios' });
      call = 'axios.post(';
      inner = `const { data } = await axios.post(
  \`https://api.clarifai.com/v2/models/\${MODEL_ID}/outputs\`,
  {
    user_app_id: { user_id: USER_ID, app_id: APP_ID },
    inputs: ${inputsLiteral(v, 0)},
  },
  { headers: { Authorization: \`Key \${${patName}}\` } },
);`;
    }
    const w = wrapHost(c, host, {
      v,
      inner,
      extract: 'data.outputs[0].data.regions',
      fnBase: rng.pick(['detectFaces', 'findFaces', 'locateFaces']),
      route: 'faces',
      title: 'Detects faces using the clarifai/main face-detection model.',
      component: reactComponentName(c),
    });
    return { imports: [], top, block: w.block, isMain: w.isMain, anchors: { call }, tags };
  },
};

function grpcShape(c, host, o) {
  const rng = c.rng;
  const tags = [];
  // TS cannot import ClarifaiStub (typing gap), so TS and CJS files require() it.
  const importLine =
    c.esm && !c.ts && rng.chance(0.5)
      ? (tags.push('esm-import'), `import { ClarifaiStub, grpc } from 'clarifai-nodejs-grpc';`)
      : `${c.ts ? '// eslint-disable-next-line @typescript-eslint/no-var-requires\n' : ''}const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');`;
  c.used.add('ClarifaiStub');
  c.used.add('grpc');
  const stub = c.uniq(rng.pick(['stub', 'clarifaiStub', 'client']));
  const meta = c.uniq(rng.pick(['metadata', 'meta', 'authMetadata']));
  const keyConst = rng.chance(0.4);
  let keyLine = '';
  let keyExpr = `process.env.${o.credentialEnv}`;
  if (keyConst) {
    const kn = c.uniq(rng.pick(o.keyNames));
    keyLine = `const ${kn} = process.env.${o.credentialEnv};\n`;
    keyExpr = kn;
    tags.push('key-const');
  }
  const auth = rng.chance(0.7) ? `'Key ' + ${keyExpr}` : `\`Key \${${keyExpr}}\``;
  let target = o.target;
  let targetTop = '';
  if (o.targetConst && rng.chance(0.35)) {
    const [cn, lit, field] = o.targetConst;
    c.used.add(cn);
    targetTop = `const ${cn} = ${lit};\n`;
    target = `${field}: ${cn}`;
    tags.push('id-const');
  }
  const top = `${targetTop}${keyLine}
const ${stub} = ClarifaiStub.grpc();
const ${meta} = new grpc.Metadata();
${meta}.set('authorization', ${auth});`.replace(/^\n/, '');
  const rpc = rng.chance(0.15) ? (tags.push('lower-camel-rpc'), o.rpc[0].toLowerCase() + o.rpc.slice(1)) : o.rpc;
  const v = rng.pick(INPUT_VARS);
  c.used.add(v);
  const req = `{
  ${indent(target, 2).trimStart()},
  inputs: [{ data: { image: { url: ${v} } } }],
}`;
  const callbackStyle = host === 'module' && rng.chance(0.5);
  if (callbackStyle) {
    tags.push('callback');
    const fn = c.uniq(rng.pick(o.fnBase));
    const block = `${c.exp(fn)}function ${fn}(${v}${c.T(': string')}, callback${c.T(': (err: Error | null, result?: any) => void')}) {
  ${stub}.${rpc}(
${indent(req, 4)},
    ${meta},
    (err${c.T(': Error | null')}, response${c.T(': any')}) => {
      if (err) {
        callback(err);
        return;
      }
      if (response.status.code !== 10000) {
        callback(new Error('Post ${o.workflow ? 'workflow results' : 'model outputs'} failed, status: ' + response.status.description));
        return;
      }
      callback(null, ${o.extract('response')});
    },
  );
}`;
    return { imports: [importLine], top, block, isMain: false, anchors: { call: `${stub}.${rpc}(`, client: `${meta}.set(` }, tags };
  }
  tags.push('promise-wrapped');
  const inner = `const reply = await new Promise${c.T('<any>')}((resolve, reject) => {
  ${stub}.${rpc}(
${indent(req, 4)},
    ${meta},
    (err${c.T(': Error | null')}, response${c.T(': any')}) => {
      if (err) {
        reject(err);
        return;
      }
      if (response.status.code !== 10000) {
        reject(new Error(response.status.description));
        return;
      }
      resolve(response);
    },
  );
});`;
  const w = wrapHost(c, host, {
    v,
    inner,
    extract: o.extract('reply'),
    fnBase: rng.pick(o.fnBase),
    route: o.route,
    title: o.workflow ? 'Runs the image through our Clarifai workflow.' : 'Calls Clarifai over gRPC.',
    component: reactComponentName(c),
  });
  return { imports: [importLine], top, block: w.block, isMain: w.isMain, anchors: { call: `${stub}.${rpc}(`, client: `${meta}.set(` }, tags };
}

// Host/extension options per shape: [host, ext, esm, weight]
export const SHAPE_HOSTS = {
  'rest-fetch-pat-own-ids': [['react', 'jsx', true, 3], ['react', 'js', true, 3], ['react', 'tsx', true, 2], ['server', 'js', false, 2], ['server', 'ts', true, 1], ['module', 'ts', true, 1], ['module', 'js', true, 1]],
  'rest-fetch-apikey-no-owner': [['module', 'ts', true, 3], ['module', 'js', true, 2], ['react', 'jsx', true, 2], ['react', 'tsx', true, 1], ['server', 'js', false, 2]],
  'rest-axios-pat-no-owner': [['server', 'js', false, 3], ['server', 'ts', true, 2], ['module', 'ts', true, 2], ['module', 'js', false, 1]],
  'grpc-apikey': [['server', 'js', false, 4], ['server', 'ts', true, 2], ['module', 'js', false, 2], ['module', 'ts', true, 1], ['module', 'js', true, 1]],
  'legacy-client-apikey': [['react', 'js', true, 4], ['react', 'jsx', true, 3], ['server', 'js', false, 2], ['module', 'js', false, 1]],
  'sdk-own-ids': [['module', 'ts', true, 4], ['server', 'ts', true, 2], ['module', 'js', true, 1], ['server', 'js', false, 1]],
  'grpc-workflow-apikey': [['server', 'js', false, 3], ['server', 'ts', true, 2], ['module', 'js', false, 2], ['module', 'ts', true, 1]],
  'correct-pat-clarifai-main': [['module', 'ts', true, 2], ['react', 'tsx', true, 2], ['react', 'jsx', true, 1], ['server', 'js', false, 2], ['server', 'ts', true, 1]],
};
