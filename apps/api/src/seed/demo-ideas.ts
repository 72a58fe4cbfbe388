/** Realistic idea texts for the demo challenges: [title, summary, category]. */
export type DemoIdeaText = readonly [title: string, summary: string, category: string];

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

export const HOMES_IDEAS: readonly DemoIdeaText[] = [
  [
    'Thermal imaging street surveys',
    'Show each household where their home loses heat, with links to grants.',
    'Retrofit',
  ],
  [
    'Warm home prescriptions',
    'GPs prescribe insulation and heating repairs for patients whose health is hit by cold homes.',
    'Health',
  ],
  [
    'Community energy co-operative',
    'Residents jointly own solar panels on school roofs and share the savings.',
    'Energy',
  ],
  [
    'Draught-proofing volunteers',
    'Trained volunteers fit draught excluders and radiator reflectors for free.',
    'Retrofit',
  ],
  [
    'Landlord energy rating checks',
    'Enforce minimum energy standards in private rented homes with a targeted inspection drive.',
    'Housing standards',
  ],
  ['Heat pump show homes', 'Residents visit real homes with heat pumps and talk to the owners.', 'Energy'],
  ['Bulk-buy insulation scheme', 'Group purchasing to cut the cost of loft and cavity wall insulation.', 'Retrofit'],
  ['Energy advice at food banks', 'Advisers at food banks help with bills, debts and switching tariffs.', 'Health'],
  [
    'Solar panels on council homes',
    'Fit panels on suitable council homes so tenants get cheaper electricity.',
    'Energy',
  ],
  [
    'Damp and mould rapid response',
    'A 48-hour response service for reports of damp and mould in rented homes.',
    'Housing standards',
  ],
  ['Retrofit skills academy', 'Train local tradespeople in retrofit so there are enough installers.', 'Retrofit'],
  [
    'Smart thermostats for older residents',
    'Install and explain smart controls for people over 75 on low incomes.',
    'Health',
  ],
  [
    'Heat network for the town centre',
    'Study a shared heat network using waste heat from the leisure centre.',
    'Energy',
  ],
  [
    'Empty homes back into use',
    'Loans to bring long-term empty homes up to standard as affordable rentals.',
    'Housing standards',
  ],
  [
    'Energy-efficient appliance swap',
    'Swap old fridges and freezers for efficient ones in low-income homes.',
    'Energy',
  ],
  [
    'Window repairs for listed buildings',
    'Grants for secondary glazing in conservation areas where replacements are not allowed.',
    'Retrofit',
  ],
  [
    'Tenant energy champions',
    'Tenants trained to share energy-saving tips with their neighbours.',
    'Housing standards',
  ],
  [
    'Cold weather check-in calls',
    'Volunteers call vulnerable residents during cold snaps to check they are warm.',
    'Health',
  ],
  ['Home energy MOT', 'A free visit that checks heating, insulation and bills, with a plan for each home.', 'Retrofit'],
  [
    'Battery storage for community buildings',
    'Batteries let halls use cheap overnight power and act as warm hubs in power cuts.',
    'Energy',
  ],
  [
    'Free loft insulation for pensioners',
    'Target loft insulation at homes of people over 70 using council tax data.',
    'Retrofit',
  ],
  [
    'Warm packs for winter discharge',
    'Blankets, heaters and a check-up call for patients sent home from hospital in winter.',
    'Health',
  ],
  [
    'Community heat pump installer network',
    'A list of vetted local installers with fair prices agreed with the council.',
    'Energy',
  ],
  [
    'Private landlord energy loans',
    'Interest-free loans for landlords who upgrade homes above the minimum standard.',
    'Housing standards',
  ],
  ['Curtain and blind bank', 'Collect and refit thermal curtains for homes that cannot afford them.', 'Retrofit'],
  [
    'Solar on leisure centres',
    'Fit panels on leisure centre roofs to cut the energy bills of the busiest buildings.',
    'Energy',
  ],
  [
    'Cold home reporting for tenants',
    'A simple way for tenants to report a home that cannot be kept warm.',
    'Housing standards',
  ],
  [
    'Fuel vouchers through schools',
    'Schools refer families in crisis for emergency fuel vouchers in winter.',
    'Health',
  ],
];

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
