import type { DemoIdeaText } from './demo-ideas';

/** Council services ideas (Transformed by You). */
export const SERVICES_IDEAS: readonly DemoIdeaText[] = [
  [
    'Tell us once for bereavement',
    'One form that tells every council service about a death, instead of a dozen phone calls.',
    'Digital services',
  ],
  [
    'Repair café in every library',
    'Monthly repair sessions run by volunteers, with the council providing space and tools.',
    'Community',
  ],
  [
    'Pothole reports with photos and updates',
    'Report with a photo and get updates until it is fixed, with a public map of progress.',
    'Digital services',
  ],
  [
    'Shared back office with the district councils',
    'Pool payroll and procurement with districts to cut costs without cutting front-line staff.',
    'Efficiency',
  ],
  [
    'Warm spaces map',
    'An always up-to-date map of libraries, halls and cafés offering a warm place in winter.',
    'Community',
  ],
  [
    'Plain English letters',
    'Rewrite the 20 most-sent council letters with residents so they are understood first time.',
    'Digital services',
  ],
  [
    'Staff ideas fund',
    'A small fund for front-line staff to test their own improvements for three months.',
    'Efficiency',
  ],
  [
    'Library lending for tools and kit',
    'Lend drills, ladders and camping gear from libraries, as some already do with laptops.',
    'Community',
  ],
  [
    'Council tax reminders by text',
    'Text reminders before a missed payment turns into a summons and extra cost.',
    'Digital services',
  ],
  [
    'Energy-saving retrofit of council buildings',
    'Insulate and fit heat pumps in the ten least efficient buildings, paid back by lower bills.',
    'Efficiency',
  ],
  [
    'Youth council with a real budget',
    'Young people decide how to spend a small budget on services for their age group.',
    'Community',
  ],
  [
    'Open data on bin collections',
    'Publish collection days and missed-bin reports as open data so apps can use them.',
    'Digital services',
  ],
  [
    'Digital buddies for older residents',
    'Volunteers help people get online to use council services, in libraries and at home.',
    'Community',
  ],
  ['Single customer account', 'One sign-in for everything from parking permits to school places.', 'Digital services'],
  ['Reuse shop at the tip', 'Sell good items brought to recycling centres instead of crushing them.', 'Efficiency'],
  ['Community fridges', 'Fridges in community centres where shops and neighbours share surplus food.', 'Community'],
  [
    'Chatbot that hands over to a person',
    'Answer simple questions any time, and pass anything else to a named officer.',
    'Digital services',
  ],
  [
    'Fleet telematics to save fuel',
    'Track council vans’ routes and idling to plan better and cut fuel use.',
    'Efficiency',
  ],
  [
    'Green social prescribing',
    'GPs refer patients to gardening and conservation groups supported by the council.',
    'Community',
  ],
  [
    'Accessible forms for screen reader users',
    'Test every online form with disabled residents and fix what fails.',
    'Digital services',
  ],
  [
    'Joint apprenticeships with local employers',
    'Share apprentices across council and local firms so they learn more trades.',
    'Efficiency',
  ],
  [
    'Street champions',
    'Residents adopt a street, report problems early and get a direct line to the highways team.',
    'Community',
  ],
  [
    'Planning applications explained',
    'A plain-language summary and map for every planning application near you.',
    'Digital services',
  ],
  [
    'Meanwhile use of empty shops',
    'Let community groups use empty high-street units rent-free until they are let.',
    'Community',
  ],
  [
    'Book a library room online',
    'Let community groups book library meeting rooms and pay online in a minute.',
    'Digital services',
  ],
  [
    'Kindness calls for carers',
    'Volunteers phone unpaid carers once a month to check how they are doing.',
    'Community',
  ],
  [
    'Shared vans between departments',
    'Pool council vans across services instead of each keeping its own fleet.',
    'Efficiency',
  ],
  [
    'Report a streetlight fault by text',
    'Text the number on the lamp post to report it, with no app or account needed.',
    'Digital services',
  ],
];
