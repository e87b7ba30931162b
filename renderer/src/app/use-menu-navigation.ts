import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useClient } from '../api/context';

/** Follows the desktop menu's requests to show an area (Settings…, Help). */
export function useMenuNavigation(): void {
  const client = useClient();
  const navigate = useNavigate();
  useEffect(() => client.listen('app-navigate', ({ to }) => void navigate(to)), [client, navigate]);
}
