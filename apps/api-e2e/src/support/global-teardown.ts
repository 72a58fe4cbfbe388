export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__API_E2E__;
  await state?.server?.stop();
  await state?.dropDatabase();
}
