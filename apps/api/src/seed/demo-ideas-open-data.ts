import type { DemoIdeaText } from './demo-ideas';

/** Open data ideas (Hack Kent). */
export const OPEN_DATA_IDEAS: readonly DemoIdeaText[] = [
  [
    'Flood alert map for residents',
    'Combine river gauges and drainage data into street-level alerts people can subscribe to.',
    'Environment',
  ],
  [
    'Where is my nearest defibrillator?',
    'An app built from the defibrillator register with opening hours and directions.',
    'Health',
  ],
  [
    'School admissions explorer',
    'Show past offer distances by school so parents can make realistic choices.',
    'Education',
  ],
  [
    'Air quality dashboard by school',
    'Live readings from sensors near schools with advice on quieter walking routes.',
    'Environment',
  ],
  [
    'Accessible toilets finder',
    'Map every public and Changing Places toilet with opening times and facilities.',
    'Health',
  ],
  [
    'Road works planner for businesses',
    'Alert firms to planned road works on their delivery routes weeks ahead.',
    'Transport',
  ],
  [
    'Tree planting opportunities map',
    'Use land ownership and underground services data to find where new trees can go.',
    'Environment',
  ],
  ['Food hygiene ratings near you', 'A simple search and alert service built on the food hygiene open data.', 'Health'],
  [
    'Library footfall and opening hours data',
    'Publish visits by hour so opening times can follow demand.',
    'Education',
  ],
  ['Grit bin locator', 'Show every grit bin and when it was last filled, with reports of empty bins.', 'Transport'],
  [
    'Holiday activities finder',
    'Bring together holiday clubs and free meal sessions for families in one search.',
    'Education',
  ],
  [
    'Fly-tipping hotspots analysis',
    'Map reports over time so enforcement cameras go where they will make a difference.',
    'Environment',
  ],
  [
    'Bus punctuality league table',
    'Publish punctuality by route from the open bus data to hold operators to account.',
    'Transport',
  ],
  [
    'Social care provider vacancies',
    'A live view of care home and home care capacity for hospital discharge teams.',
    'Health',
  ],
  [
    'Energy use of council buildings',
    'Publish meter readings so residents can see progress on net zero.',
    'Environment',
  ],
  [
    'Safe routes to school analysis',
    'Combine collision data and pavements to score each school’s walking routes.',
    'Education',
  ],
  [
    'EV charger availability',
    'Show which public chargers are working and free, using operators’ open feeds.',
    'Transport',
  ],
  [
    'Heat vulnerability map',
    'Identify streets most at risk in heatwaves to target cooling and checks on residents.',
    'Health',
  ],
  [
    'Public rights of way problems tracker',
    'Let walkers report blocked footpaths and see when they are cleared.',
    'Environment',
  ],
  [
    'School meals menu and allergens API',
    'Publish menus and allergens in a standard format for parents’ apps.',
    'Education',
  ],
  [
    'Parking occupancy predictions',
    'Predict how full car parks will be from past data, to cut circling traffic.',
    'Transport',
  ],
  [
    'Loneliness risk indicators',
    'Combine anonymised data to help voluntary groups reach people who may be isolated.',
    'Health',
  ],
  [
    'Playground inspection map',
    'Show every play area with its last inspection and any equipment out of use.',
    'Education',
  ],
  [
    'Potholes repaired this month',
    'A live map and dataset of repairs so residents can see what has been fixed.',
    'Transport',
  ],
  [
    'Beach water quality alerts',
    'Daily bathing water results with alerts before you set off for the coast.',
    'Environment',
  ],
  [
    'GP surgery accessibility guide',
    'Step-free access, hearing loops and parking at every surgery, from open data.',
    'Health',
  ],
  [
    'Adult learning course finder',
    'Every adult education course in one searchable list, with costs and dates.',
    'Education',
  ],
  ['Cycle counter dashboard', 'Publish the cycle counters’ readings to show which new routes are used.', 'Transport'],
];
