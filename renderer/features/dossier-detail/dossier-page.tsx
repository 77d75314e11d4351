import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';

export function DossierPage(): ReactNode {
  const { dossierId } = useParams();
  return <Result status="info" title={dossierId} />;
}
