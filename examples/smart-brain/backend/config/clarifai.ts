// Where the back end keeps its Clarifai settings.
export const CLARIFAI_PAT = process.env.CLARIFAI_PAT ?? '';
export const CLARIFAI_USER_ID = 'smartbrain-dev';
export const CLARIFAI_APP_ID = 'smart-brain';
