/**
 * Passwords of 12+ characters that appear near the top of public breach corpora; shorter ones
 * are already refused by the length rule. Compared case-insensitively.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456789abc', '1q2w3e4r5t6y', '1qaz2wsx3edc',
  'qwertyuiopas', 'qwertyuiop12', 'qwertyuiop123', 'qwerty123456', 'qwerty12345678', 'qwertyqwerty',
  'password1234', 'password12345', 'password123456', 'password2024', 'password2025', 'password2026',
  'passwordpassword', 'password!123', 'p@ssw0rd1234', 'p@ssword1234', 'passw0rd1234', 'letmein12345',
  'letmeinletmein', 'welcome12345', 'welcome123456', 'welcome2024!', 'welcome2025!', 'iloveyou1234',
  'iloveyou12345', 'abcdefghijkl', 'abcdef123456', 'abc123456789', 'aaaaaaaaaaaa', '111111111111',
  '000000000000', '123123123123', '121212121212', 'admin1234567', 'administrator', 'administrator1',
  'changeme1234', 'changemenow!', 'football1234', 'baseball1234', 'monkey123456', 'dragon123456',
  'sunshine1234', 'princess1234', 'trustno11234', 'superman1234', 'batman123456', 'starwars1234',
  'whatever1234', 'mypassword12', 'mypassword123', 'secretpassword', 'default12345', 'computer1234',
  'internet1234', 'qazwsxedcrfv', 'zaq12wsxcde3', '1q2w3e4r5t6y7u', 'asdfghjkl123', 'asdfasdfasdf',
  'zxcvbnm12345', 'london123456', 'liverpool123', 'liverpool1234', 'chelsea12345', 'arsenal12345',
  'manchester12', 'manutd123456', 'cardiff12345', 'summer123456', 'winter123456', 'spring123456',
  'autumn123456', 'december1234', 'september123', 'councilpassword', 'council12345', 'challenge123',
]);
