/** Realistic idea texts for the demo challenges: [title, summary, category]. */
export type DemoIdeaText = readonly [title: string, summary: string, category: string];

export { TRANSPORT_IDEAS } from './demo-ideas-transport';
export { SERVICES_IDEAS } from './demo-ideas-services';
export { OPEN_DATA_IDEAS } from './demo-ideas-open-data';
export { HOMES_IDEAS } from './demo-ideas-homes';

export const DEMO_COMMENTS: readonly string[] = [
  'This would make a real difference in our village.',
  'Great idea. Has anything like this been tried elsewhere in Kent?',
  'I would volunteer to help with this.',
  'How much would it cost to run each year?',
  'Please make sure it works for people without smartphones.',
  'We tried something similar at our parish and it worked well for the first year.',
  'Love this. Could it start as a small pilot?',
  'Mae hwn yn syniad gwych — byddai’n help mawr i’n cymuned ni.',
  'I am not sure this is the council’s job, but I would support a trial.',
  'Could this be combined with the idea about libraries?',
  'My neighbour would benefit from this straight away.',
  'It would be good to hear what the bus operators think.',
];
