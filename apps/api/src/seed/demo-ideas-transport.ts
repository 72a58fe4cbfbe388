import type { DemoIdeaText } from './demo-ideas';

/** Rural transport ideas (Kent Connected). */
export const TRANSPORT_IDEAS: readonly DemoIdeaText[] = [
  [
    'Demand-responsive minibus for the Downs villages',
    'A bookable minibus that links villages without a regular bus to the nearest rail station.',
    'Rural transport',
  ],
  [
    'Bike library at every secondary school',
    'Refurbished donated bikes lent to pupils for a term, with free maintenance sessions.',
    'Active travel',
  ],
  [
    'Live bus arrivals on village noticeboards',
    'Low-power e-ink screens showing the next departures, fed by the open bus data service.',
    'Information',
  ],
  [
    'Car club cars at parish halls',
    'Two shared electric cars per parish hall, booked by app or by phone.',
    'Rural transport',
  ],
  [
    'Safe cycle route from Maidstone to Aylesford',
    'Fill the three gaps in the riverside path so families can cycle without using the A20.',
    'Active travel',
  ],
  [
    'One ticket for bus and train',
    'A single daily cap across operators so nobody pays twice for one journey.',
    'Fares',
  ],
  [
    'Volunteer driver scheme for hospital visits',
    'Match volunteer drivers with residents who cannot reach appointments by bus.',
    'Rural transport',
  ],
  [
    'School streets in Canterbury',
    'Close streets outside primary schools to through traffic at drop-off and pick-up.',
    'Active travel',
  ],
  [
    'E-bike trial for care workers',
    'Lend e-bikes to home care workers in towns to cut time lost in traffic and parking.',
    'Active travel',
  ],
  [
    'Bus stop shelters with seating and lighting',
    'Replace bare poles at the 50 busiest rural stops with lit shelters and seats.',
    'Information',
  ],
  [
    'Step-free route maps for every station',
    'Publish accessible maps showing lifts, ramps and step-free paths at each station.',
    'Information',
  ],
  ['Half-price fares for apprentices', 'Extend the young person’s travel pass to apprentices up to 25.', 'Fares'],
  [
    'Park and pedal at the edge of town',
    'Secure bike lockers at park and ride sites so commuters finish the trip by bike.',
    'Active travel',
  ],
  [
    'Community transport booking in one place',
    'One phone number and website for all the community transport operators in the county.',
    'Information',
  ],
  [
    'Night bus on Friday and Saturday',
    'A late service linking the Medway towns after the last train.',
    'Rural transport',
  ],
  [
    'Cargo bikes for market traders',
    'A shared fleet of cargo bikes for small businesses making local deliveries.',
    'Active travel',
  ],
  [
    'Real-time seats on the Fastrack app',
    'Show how full the next bus is so people can choose a quieter one.',
    'Information',
  ],
  [
    'Flexible season tickets for part-time workers',
    'A carnet of ten return journeys that lasts three months.',
    'Fares',
  ],
  [
    'Walking buses for rural primary schools',
    'Trained volunteers walk children to school along set routes with pick-up points.',
    'Active travel',
  ],
  [
    'Wheelchair-accessible taxis on demand',
    'Guarantee an accessible taxi within an hour through a council-backed booking line.',
    'Rural transport',
  ],
  [
    'Bus priority at the Dartford crossing approach',
    'A bus lane on the approach so buses are not stuck in the queues.',
    'Rural transport',
  ],
  [
    'Lift-share board for business parks',
    'A simple matching service for staff at Kings Hill and Eurolink.',
    'Information',
  ],
  [
    'Free bus travel on air-quality alert days',
    'Fares waived when pollution alerts are issued, to keep cars off the road.',
    'Fares',
  ],
  [
    'Secure cycle parking at village halls',
    'Covered stands with CCTV at halls that serve as bus interchange points.',
    'Active travel',
  ],
  [
    'Shared e-scooters for market towns',
    'A regulated e-scooter scheme with parking bays in Ashford, Tonbridge and Sevenoaks.',
    'Active travel',
  ],
  [
    'Bus timetables that match school hours',
    'Rework village timetables so buses arrive before the school bell, not after it.',
    'Rural transport',
  ],
  [
    'Travel training for young people with SEND',
    'One-to-one coaching so young people with special needs can travel independently.',
    'Information',
  ],
  [
    'Contactless payment on every bus',
    'Make sure every operator takes contactless and caps fares automatically.',
    'Fares',
  ],
  [
    'Quiet lanes for walkers and riders',
    'Designate rural lanes where drivers must expect people walking, cycling and riding.',
    'Active travel',
  ],
  [
    'Hospital shuttle from the coast',
    'A direct shuttle from Thanet to the William Harvey Hospital at visiting times.',
    'Rural transport',
  ],
];
