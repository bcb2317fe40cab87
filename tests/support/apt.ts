import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Installs a Debian package that the tests need when it is missing: only as root with apt
 * (as on this project's machines and CI); anywhere else it stops with the one line to run.
 */
export function installDebianPackage(name: string, purpose: string): void {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`${purpose} needs Debian's ${name}: run \`sudo apt-get install -y ${name}\`.`);
  }
  console.log(`${purpose}: installing Debian's ${name} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', name], { stdio: 'inherit', env });
}
