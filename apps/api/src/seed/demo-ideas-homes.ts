import type { DemoIdeaText } from './demo-ideas';

/** Warm homes ideas (Warmer Homes Challenge). */
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
