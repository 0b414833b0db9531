import { execFileSync } from 'node:child_process';
import fs, { promises as fsp } from 'node:fs';
import path from 'node:path';
import git from 'isomorphic-git';
import { describe, expect, it } from 'vitest';
import { openRepository } from './index.ts';
import { filesystemMarkerFile } from './path-rules.ts';
import { inspectRepositoryFolder, isWithin, realLocation } from './repository-folder.ts';
import { repositoryConfig, useTempFolder } from './testing/helpers.ts';

const temp = useTempFolder('repository-folder');

describe('F5: which folders a repository may use', () => {
  it('F5: a file, a file on the way, a foreign folder or bare repository are refused; empty, missing and ours are accepted', async () => {
    const at = (name: string) => path.join(temp.path, name);
    await fsp.writeFile(at('file'), 'data\n');
    await fsp.mkdir(at('project'));
    await fsp.writeFile(at('project/README'), 'mine\n');
    await fsp.mkdir(at('empty'));
    execFileSync('git', ['init', '--quiet', '--bare', at('cli.git')]);
    await git.init({ fs, gitdir: at('earlier.git'), bare: true });
    await fsp.symlink(at('nowhere'), at('dangling'));

    const states = async (kind: 'git' | 'filesystem') =>
      Object.fromEntries(
        await Promise.all(['file', 'file/below', 'project', 'empty', 'missing/deeper', 'cli.git', 'earlier.git', 'dangling'].map(async (name) => [name, (await inspectRepositoryFolder(kind, at(name))).state])),
      );
    expect(await states('git')).toEqual({
      file: 'refused',
      'file/below': 'refused',
      project: 'refused',
      empty: 'empty',
      'missing/deeper': 'missing',
      'cli.git': 'refused',
      'earlier.git': 'owned',
      dangling: 'refused',
    });
    expect(await states('filesystem')).toMatchObject({ file: 'refused', project: 'refused', empty: 'empty', 'cli.git': 'refused', 'earlier.git': 'refused' });
  });

  it('F5: a new git repository carries the marker; a filesystem repository refuses a foreign folder at run time and marks its own', async () => {
    const gitdir = path.join(temp.path, 'repo.git');
    await openRepository(repositoryConfig('git', gitdir)).ensure();
    expect(execFileSync('git', ['--git-dir', gitdir, 'config', 'tidemark.repository'], { encoding: 'utf8' }).trim()).toBe('true');
    expect((await inspectRepositoryFolder('git', gitdir)).state).toBe('owned');

    const foreign = path.join(temp.path, 'foreign');
    await fsp.mkdir(foreign);
    await fsp.writeFile(path.join(foreign, 'notes.txt'), 'keep me\n');
    await expect(openRepository(repositoryConfig('filesystem', foreign)).ensure()).rejects.toThrow(/neither empty nor a filesystem repository made by Tidemark/);
    expect(await fsp.readdir(foreign)).toEqual(['notes.txt']);

    const own = path.join(temp.path, 'own');
    await openRepository(repositoryConfig('filesystem', own)).ensure();
    expect(await fsp.readdir(own)).toEqual([filesystemMarkerFile]);
    expect((await inspectRepositoryFolder('filesystem', own)).state).toBe('owned');
  });
});

describe('F19: real locations', () => {
  it('F19: symbolic links are resolved in the existing part of a path, and "inside" compares whole segments', async () => {
    const target = path.join(temp.path, 'target');
    await fsp.mkdir(target);
    await fsp.symlink(target, path.join(temp.path, 'link'));
    const real = await fsp.realpath(temp.path);
    expect((await realLocation(path.join(temp.path, 'link', 'a', 'b'))).real).toBe(path.join(real, 'target', 'a', 'b'));
    expect(isWithin('/srv/roots/a', '/srv/roots')).toBe(true);
    expect(isWithin('/srv/roots', '/srv/roots')).toBe(true);
    expect(isWithin('/srv/roots-2/a', '/srv/roots')).toBe(false);
    expect(isWithin('/srv/roots/..hidden', '/srv/roots')).toBe(true);
    expect(isWithin('/srv', '/srv/roots')).toBe(false);
  });
});
