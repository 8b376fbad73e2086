import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" style={{ maxWidth: '32rem', margin: '4rem auto', padding: '0 1rem' }}>
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <Link href="/dashboard">Go to your dashboard</Link>
    </main>
  );
}
