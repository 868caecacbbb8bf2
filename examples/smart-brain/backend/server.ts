import express from 'express';
import { handleImage } from './controllers/image.js';
import { handleColors } from './controllers/colors.js';
import { handleTags } from './controllers/tags.js';
import { handleApparel } from './controllers/apparel.js';
import { handleFood } from './controllers/food.js';

const app = express();
app.use(express.json());

app.post('/image', handleImage);
app.post('/colors', handleColors);
app.post('/tags', handleTags);
app.post('/apparel', handleApparel);
app.post('/food', handleFood);

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => console.log(`smart-brain api listening on ${port}`));
