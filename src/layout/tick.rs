//! One tick of [`Layout`]: repulsion, springs, the pulls towards groups and the centre,
//! collision late in the run, then velocity decay and the speed limit.

use super::collide::Bodies;
use super::quadtree::Repulsion;
use super::start::jitter_of;
use super::{
    Layout, ALPHA_MIN, CENTER_STRENGTH, COLLIDE_ALPHA, COLLIDE_STRENGTH, DISTANCE_MIN, GROUP_STRENGTH, MAX_SPEED,
    THETA, VELOCITY_DECAY,
};

impl Layout {
    /// Runs one tick; returns true while the layout is still moving, false once settled.
    // Never inlined: the page's frames and the layout worker share one copy (the wasm stays small).
    #[inline(never)]
    pub fn step(&mut self) -> bool {
        self.work = 0;
        if self.settled {
            return false;
        }
        self.alpha -= self.alpha * self.alpha_decay;
        let alpha = self.alpha;
        let jitter = self.scale * 1e-6;

        self.tree.build(&self.pos, &self.charge);
        let dmin = DISTANCE_MIN * self.scale;
        let params = Repulsion { alpha, theta2: THETA * THETA, dmin2: dmin * dmin, jitter, seed: self.seed };
        self.work += self.tree.repel(&self.movable, params, &mut self.vel);

        let (pos, vel): (&[[f64; 2]], &mut [[f64; 2]]) = (&self.pos, &mut self.vel);
        for (k, link) in self.links.iter().enumerate() {
            let (s, t) = (link.s, link.t);
            let mut dx = pos[t][0] + vel[t][0] - pos[s][0] - vel[s][0];
            let mut dy = pos[t][1] + vel[t][1] - pos[s][1] - vel[s][1];
            if dx == 0.0 && dy == 0.0 {
                dx = jitter * jitter_of(self.seed, k as u64, 1);
                dy = jitter * jitter_of(self.seed, k as u64, 2);
            }
            let l = (dx * dx + dy * dy).sqrt();
            let pull = (l - link.length) / l * alpha * link.strength;
            let (dx, dy) = (dx * pull, dy * pull);
            vel[t][0] -= dx * link.bias;
            vel[t][1] -= dy * link.bias;
            vel[s][0] += dx * (1.0 - link.bias);
            vel[s][1] += dy * (1.0 - link.bias);
        }
        self.work += self.links.len() as u64;

        self.group_sums.iter_mut().for_each(|g| *g = [0.0; 3]);
        for (p, &g) in pos.iter().zip(&self.group) {
            if let Some(sum) = self.group_sums.get_mut(g as usize) {
                *sum = [sum[0] + p[0], sum[1] + p[1], sum[2] + 1.0];
            }
        }
        for i in (0..pos.len()).filter(|&i| self.movable[i]) {
            let mut pull =
                [(self.centre[0] - pos[i][0]) * CENTER_STRENGTH, (self.centre[1] - pos[i][1]) * CENTER_STRENGTH];
            if let Some(sum) = self.group_sums.get(self.group[i] as usize) {
                pull[0] += (sum[0] / sum[2] - pos[i][0]) * GROUP_STRENGTH;
                pull[1] += (sum[1] / sum[2] - pos[i][1]) * GROUP_STRENGTH;
            }
            vel[i][0] += pull[0] * alpha;
            vel[i][1] += pull[1] * alpha;
        }

        if alpha < COLLIDE_ALPHA {
            let bodies = Bodies {
                radius: &self.radius,
                movable: &self.movable,
                gap: self.gap(),
                scale: self.scale,
                seed: self.seed,
            };
            self.work += self.collider.push(&self.pos, &mut self.vel, bodies, COLLIDE_STRENGTH);
        }

        let max_speed = MAX_SPEED * self.scale;
        for ((p, v), &free) in self.pos.iter_mut().zip(self.vel.iter_mut()).zip(&self.movable) {
            let keep = 1.0 - VELOCITY_DECAY;
            *v = if free && v[0].is_finite() && v[1].is_finite() { [v[0] * keep, v[1] * keep] } else { [0.0, 0.0] };
            let speed = (v[0] * v[0] + v[1] * v[1]).sqrt();
            if speed > max_speed {
                *v = [v[0] / speed * max_speed, v[1] / speed * max_speed];
            }
            *p = [p[0] + v[0], p[1] + v[1]];
        }
        self.ticks += 1;
        self.settled = self.alpha < ALPHA_MIN;
        !self.settled
    }
}
