import { COMP_SUFFIX, ENTITIES, FEATURES, PACKAGES_DIRS, SERVICES, entity } from './vocabulary.mjs';

// ------------------------------------------------------------------------------------------------
// File planning: kind, extension, path

export const KIND_WEIGHTS = [
  ['react', 30],
  ['server', 15],
  ['util', 18],
  ['service', 10],
  ['types', 5],
  ['hook', 9],
  ['store', 7],
  ['config', 3],
  ['node', 3],
];

export function pickExt(rng, kind) {
  switch (kind) {
    case 'react':
      return rng.weighted([[['tsx', true], 45], [['jsx', true], 25], [['js', true], 30]]);
    case 'server':
      return rng.weighted([[['js', false], 50], [['js', true], 15], [['ts', true], 35]]);
    case 'util':
      return rng.weighted([[['ts', true], 45], [['js', true], 25], [['js', false], 30]]);
    case 'service':
    case 'types':
      return ['ts', true];
    case 'hook':
    case 'store':
      return rng.weighted([[['ts', true], 55], [['js', true], 45]]);
    case 'config':
    case 'node':
      return ['js', false];
    default:
      return ['js', false];
  }
}

export function pathFor(rng, kind, ext, hint) {
  const e = entity(rng.pick(ENTITIES));
  const f = rng.pick(FEATURES);
  const sfx = rng.pick(COMP_SUFFIX);
  const Comp = hint && hint.comp ? hint.comp : e.Name + sfx;
  const base = hint && hint.base ? hint.base : e.name;
  switch (kind) {
    case 'react':
      return rng.weighted([
        [`src/components/${Comp}/${Comp}.${ext}`, 3],
        [`src/components/${f}/${Comp}.${ext}`, 3],
        [`src/features/${f}/components/${Comp}.${ext}`, 3],
        [`src/pages/${f}/${Comp}Page.${ext}`, 1],
        [`packages/${rng.pick(PACKAGES_DIRS)}/src/components/${Comp}.${ext}`, 1],
      ]);
    case 'server':
      return rng.weighted([
        [`server/routes/${base}.${ext}`, 2],
        [`server/routes/${f}/${base}.${ext}`, 3],
        [`server/controllers/${f}/${base}Controller.${ext}`, 2],
        [`src/api/${f}/${base}.${ext}`, 2],
        [`services/${rng.pick(SERVICES)}/src/routes/${base}.${ext}`, 2],
      ]);
    case 'util':
      return rng.weighted([
        [`lib/utils/${base}${rng.pick(['Utils', 'Helpers', 'Format', ''])}.${ext}`, 2],
        [`src/utils/${f}/${base}.${ext}`, 3],
        [`shared/helpers/${base}${rng.pick(['', 'Utils'])}.${ext}`, 1],
        [`src/lib/${f}/${base}.${ext}`, 2],
        [`packages/${rng.pick(PACKAGES_DIRS)}/src/utils/${base}.${ext}`, 1],
      ]);
    case 'service':
      return rng.weighted([
        [`src/services/${f}/${base}Service.${ext}`, 3],
        [`src/api/${base}Client.${ext}`, 1],
        [`server/services/${f}/${e.Name}Service.${ext}`, 2],
      ]);
    case 'types':
      return rng.weighted([[`src/types/${f}/${base}.${ext}`, 2], [`src/models/${f}/${e.Name}.${ext}`, 1]]);
    case 'hook':
      return rng.weighted([[`src/hooks/use${e.Plural}.${ext}`, 1], [`src/features/${f}/hooks/use${e.Name}${sfx}.${ext}`, 3]]);
    case 'store':
      return rng.weighted([[`src/store/${e.name}Slice.${ext}`, 1], [`src/features/${f}/store/${e.name}${sfx}Slice.${ext}`, 3]]);
    case 'config':
      return rng.weighted([[`config/${base}.${ext}`, 1], [`server/config/${f}/${base}.${ext}`, 2]]);
    case 'node':
      return rng.weighted([[`scripts/${f}/${base}${rng.pick(['Import', 'Backfill', 'Export', 'Sync'])}.${ext}`, 1], [`server/jobs/${f}/${base}Job.${ext}`, 2]]);
    default:
      return `src/misc/${base}.${ext}`;
  }
}

export const CLARIFAI_PATH_HINTS = {
  react: [
    { comp: 'FaceRecognition' }, { comp: 'ImageLinkForm' }, { comp: 'FaceDetector' }, { comp: 'PhotoTagger' },
    { comp: 'ImageAnalyzer' }, { comp: 'UploadInsights' }, { comp: 'MealScanner' }, { comp: 'AutoTagger' },
  ],
  server: [{ base: 'image' }, { base: 'predict' }, { base: 'vision' }, { base: 'clarifai' }, { base: 'faceDetect' }, { base: 'tagging' }, { base: 'uploads' }],
  module: [{ base: 'clarifai' }, { base: 'visionApi' }, { base: 'imageTagging' }, { base: 'detectFaces' }, { base: 'foodRecognition' }, { base: 'classifier' }],
};
