import { generateSourceFile } from './assemble-file.mjs';
import { fnv1a } from './prng.mjs';

// ------------------------------------------------------------------------------------------------
// node_modules/ and dist/ noise

export function nodeModulesFiles(rng) {
  const out = [];
  const add = (p, text) => out.push([p, text]);
  const pkgJson = (name, version, main = 'index.js') =>
    JSON.stringify({ name, version, main, license: 'MIT' }, null, 2) + '\n';

  // Clarifai packages and packages that call Clarifai (must be ignored by the tools)
  add('node_modules/clarifai/package.json', pkgJson('clarifai', '2.9.1', 'dist/index.js'));
  add('node_modules/clarifai/README.md', `# Clarifai API JavaScript Client\n\n\`\`\`js\nconst app = new Clarifai.App({ apiKey: 'YOUR_API_KEY' });\napp.models.predict(Clarifai.GENERAL_MODEL, 'https://samples.clarifai.com/metro-north.jpg');\n\`\`\`\n`);
  add('node_modules/clarifai/src/App.js', `const axios = require('axios');
const Models = require('./Models');
const { API } = require('./constants');

class App {
  constructor(arg1, arg2, arg3) {
    const optionsObj = typeof arg1 === 'object' ? arg1 : arg3 || {};
    this._config = {
      apiEndpoint: optionsObj.apiEndpoint || process.env.API_ENDPOINT || 'https://api.clarifai.com',
      apiKey: optionsObj.apiKey,
      userId: optionsObj.userId,
      appId: optionsObj.appId,
    };
    this._validate();
    this.models = new Models(this._config);
  }

  _validate() {
    if (!this._config.apiKey) {
      throw new Error('The following param is required: apiKey');
    }
  }

  headers() {
    return {
      Authorization: \`Key \${this._config.apiKey}\`,
      'X-Clarifai-Client': 'js:2.9.1',
    };
  }
}

module.exports = App;
`);
  add('node_modules/clarifai/src/Models.js', `const axios = require('axios');

class Models {
  constructor(config) {
    this._config = config;
  }

  predict(model, inputs, config = {}) {
    const id = typeof model === 'string' ? model : model.id;
    const url = this._config.apiEndpoint + '/v2/models/' + id + '/outputs';
    return axios.post(url, { inputs: [].concat(inputs).map((u) => ({ data: { image: { url: u } } })) }, {
      headers: { Authorization: 'Key ' + this._config.apiKey },
    });
  }
}

module.exports = Models;
`);
  add('node_modules/clarifai/src/index.js', `const App = require('./App');

module.exports = global.Clarifai = {
  App,
  GENERAL_MODEL: 'aaa03c23b3724a16a56b629203edc62c',
  FOOD_MODEL: 'bd367be194cf45149e75f01d59f77ba7',
  FACE_DETECT_MODEL: 'a403429f2ddf4b49b307e318f00e528b',
  COLOR_MODEL: 'eeed0b6733a644cea07cf4c60f87ebb7',
};
`);
  add('node_modules/clarifai/dist/index.js', `"use strict";var App=require("./App");var app=new App({apiKey:process.env.CLARIFAI_API_KEY});module.exports=function(u){return app.models.predict("aaa03c23b3724a16a56b629203edc62c",u)};\n`);
  add('node_modules/clarifai-nodejs-grpc/package.json', pkgJson('clarifai-nodejs-grpc', '11.11.0', 'src/index.js'));
  add('node_modules/clarifai-nodejs-grpc/src/index.js', `const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

class ClarifaiStub {
  static grpc(base = undefined) {
    const target = base || process.env.CLARIFAI_GRPC_BASE || 'api.clarifai.com';
    return new V2(target, grpc.ChannelCredentials.createSsl());
  }

  static insecureGrpc() {
    return new V2('api-grpc.clarifai.com:18080', grpc.credentials.createInsecure());
  }
}

const packageDefinition = protoLoader.loadSync(__dirname + '/../proto/clarifai/api/service.proto', { keepCase: true });
const V2 = grpc.loadPackageDefinition(packageDefinition).clarifai.api.V2;

module.exports = { ClarifaiStub, grpc };
`);
  add('node_modules/clarifai-nodejs-grpc/examples/predict.js', `const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');

const stub = ClarifaiStub.grpc();
const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + process.env.CLARIFAI_API_KEY);

stub.PostModelOutputs(
  {
    model_id: 'aaa03c23b3724a16a56b629203edc62c',
    inputs: [{ data: { image: { url: 'https://samples.clarifai.com/dog2.jpeg' } } }],
  },
  metadata,
  (err, response) => {
    if (err) {
      throw new Error(err);
    }
    for (const c of response.outputs[0].data.concepts) {
      console.log(c.name + ': ' + c.value);
    }
  },
);
`);
  add('node_modules/clarifai-nodejs-grpc/README.md', `# Clarifai Node.js gRPC client\n\nmetadata.set("authorization", "Key YOUR_CLARIFAI_API_KEY");\n`);
  add('node_modules/clarifai-nodejs/package.json', pkgJson('clarifai-nodejs', '0.4.0', 'dist/main.js'));
  add('node_modules/clarifai-nodejs/dist/main.js', `"use strict";
class Model {
  constructor({ url, modelId, authConfig = {} }) {
    this.modelId = modelId;
    this.userId = authConfig.userId;
    this.appId = authConfig.appId;
    this.pat = authConfig.pat || process.env.CLARIFAI_PAT;
    this.base = authConfig.base || 'https://api.clarifai.com';
  }
  get metadata() {
    return [['authorization', \`Key \${this.pat}\`]];
  }
}
const example = new Model({ modelId: 'general-image-recognition', authConfig: { userId: 'me1', appId: 'myapp', pat: process.env.CLARIFAI_PAT } });
exports.Model = Model;
exports.example = example;
`);
  add('node_modules/clarifai-nodejs/dist/types.d.ts', `export type AuthConfig = { userId: string; appId: string; pat: string; base?: string } | Record<string, never>;\nexport declare class Model {\n  constructor(config: { url?: string; modelId?: string; authConfig?: AuthConfig });\n  predictByUrl(args: { url: string; inputType: 'image' | 'text' }): Promise<unknown[]>;\n}\n`);
  add('node_modules/react-face-box-clarifai/package.json', pkgJson('react-face-box-clarifai', '0.3.2', 'lib/index.js'));
  add('node_modules/react-face-box-clarifai/lib/index.js', `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detect = detect;
function detect(imageUrl, apiKey) {
  return fetch("https://api.clarifai.com/v2/models/face-detection/outputs", {
    method: "POST",
    headers: { Authorization: "Key " + apiKey, "Content-Type": "application/json" },
    body: JSON.stringify({ inputs: [{ data: { image: { url: imageUrl } } }] })
  }).then(function (r) { return r.json(); });
}
`);

  // Ordinary packages (generated CJS/TS-declaration content)
  const pkgs = [
    'react', 'react-dom', 'express', 'axios', 'lodash', 'dayjs', 'uuid', 'classnames', 'cors', 'body-parser',
    'dotenv', 'jsonwebtoken', 'prop-types', 'scheduler', 'debug', 'ms', 'qs', 'mime-types', 'cookie',
    'on-finished', 'depd', 'http-errors', 'statuses', 'content-type', 'raw-body', 'iconv-lite',
    'safe-buffer', 'semver', 'chalk', 'commander', '@reduxjs/toolkit', 'react-router-dom', 'immer',
    'reselect', 'follow-redirects', 'form-data', 'combined-stream', 'delayed-stream', 'asynckit',
    '@babel/runtime', '@types/react', '@types/node', '@types/express',
  ];
  for (const name of pkgs) {
    add(`node_modules/${name}/package.json`, pkgJson(name, `${rng.int(0, 18)}.${rng.int(0, 30)}.${rng.int(0, 12)}`));
    if (name.startsWith('@types/')) {
      for (const f of ['index.d.ts', 'globals.d.ts']) {
        add(`node_modules/${name}/${f}`, `// Type definitions for ${name.slice(7)}\nexport interface Options${rng.int(1, 99)} {\n  enabled?: boolean;\n  name: string;\n}\nexport declare function create(options?: Partial<Record<string, unknown>>): void;\n`);
      }
      continue;
    }
    add(`node_modules/${name}/README.md`, `# ${name}\n`);
    const nFiles = rng.int(3, 6);
    for (let i = 0; i < nFiles; i++) {
      const rel = i === 0 ? 'index.js' : `lib/${rng.pick(['utils', 'core', 'helpers', 'parse', 'compat', 'runtime', 'internal'])}${i}.js`;
      const res = generateSourceFile(rng, {
        kind: 'util', ext: 'js', esm: false, special: null, relPath: `node_modules/${name}/${rel}`, targetLines: rng.int(20, 90),
      });
      add(`node_modules/${name}/${rel}`, res.text);
    }
  }
  add('node_modules/.package-lock.json', '{\n  "name": "bench-app",\n  "lockfileVersion": 3,\n  "packages": {}\n}\n');

  // A nested node_modules (workspace package) that also calls Clarifai
  add('server/node_modules/vision-helpers/package.json', pkgJson('vision-helpers', '1.0.0'));
  add('server/node_modules/vision-helpers/index.js', `const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');

const stub = ClarifaiStub.grpc();
const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + process.env.CLARIFAI_API_KEY);

module.exports = function predict(url, cb) {
  stub.PostModelOutputs({ model_id: 'aaa03c23b3724a16a56b629203edc62c', inputs: [{ data: { image: { url } } }] }, metadata, cb);
};
`);
  return out;
}

export function distFiles(rng) {
  const fns = [];
  const names = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < 400; i++) {
    const n = '_' + names[i % 26] + (i >> 4).toString(36);
    fns.push(`function ${n}(e,t){return e&&t?{...e,k${i}:t}:e||t}`);
  }
  const clarifai = `const Cq="https://api.clarifai.com/v2/models/face-detection/outputs";function Cd(e){return fetch(Cq,{method:"POST",headers:{Accept:"application/json",Authorization:"Key "+{}.VITE_CLARIFAI_API_KEY},body:JSON.stringify({inputs:[{data:{image:{url:e}}}]})}).then(t=>t.json())}`;
  const bundle = `(function(){"use strict";${fns.slice(0, 200).join(';')};${clarifai};${fns.slice(200).join(';')};window.__detect=Cd})();\n`;
  const hash = (fnv1a(bundle) >>> 0).toString(16).padStart(8, '0');
  return [
    [`dist/assets/index-${hash}.js`, bundle],
    ['dist/index.html', `<!doctype html>\n<html><head><script type="module" src="/assets/index-${hash}.js"></script></head><body><div id="root"></div></body></html>\n`],
    ['dist/server/vision.js', `"use strict";\nconst { ClarifaiStub, grpc } = require("clarifai-nodejs-grpc");\nconst stub = ClarifaiStub.grpc();\nconst metadata = new grpc.Metadata();\nmetadata.set("authorization", "Key " + process.env.CLARIFAI_API_KEY);\nexports.predict = (url, cb) => stub.PostModelOutputs({ model_id: "aaa03c23b3724a16a56b629203edc62c", inputs: [{ data: { image: { url } } }] }, metadata, cb);\n`],
  ];
}
