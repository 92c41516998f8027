import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content/entries.ts';
import { trainingPoints } from '../../map/index.ts';

export const GET: APIRoute = async () => Response.json(trainingPoints(await loadContent(), new Date()));
